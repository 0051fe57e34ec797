using Debate.Core.Adjudication;
using Debate.Core.Content;

namespace Debate.Core.Previews;

/// <summary>An argument already on the floor whose grounded label a move changes.</summary>
public sealed record LabelChange(int Id, Side Side, Label Before, Label After)
{
    /// <summary>It did not stand and now does: its defeater was defeated, or it grew too strong for it.</summary>
    public bool Reinstated => Before != Label.Standing && After == Label.Standing;

    /// <summary>It stood and now is defeated.</summary>
    public bool Falls => Before == Label.Standing && After == Label.Defeated;
}
