using Debate.Core.Text;

namespace Debate.Console.Saves;

/// <summary>A save another shell or server has open: the one line says who, and that nothing was changed.</summary>
internal sealed class SaveInUseException(string path, SaveLockHolder holder)
    : IOException($"{VisibleText.Line(path)}: this match is open in another window ({holder.Describe()}); nothing was changed. Watch it there, or leave it until that window closes")
{
    public string Path { get; } = path;

    public SaveLockHolder Holder { get; } = holder;
}
