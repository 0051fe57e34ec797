namespace Debate.Server.Tests.Hosting;

/// <summary>A fixture whose every test gets its own empty data folder for the server, removed afterwards.</summary>
public abstract class SeminarFixture
{
    /// <summary>This test's data folder (the database and the instructor key live here).</summary>
    protected string Data { get; private set; } = null!;

    [SetUp]
    public void NewDataFolder() => Data = Seminar.NewDataFolder();

    [TearDown]
    public void RemoveDataFolder() => Directory.Delete(Data, recursive: true);
}
