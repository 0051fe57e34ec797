namespace Debate.Core.Content;

/// <summary>The two sides of the motion: Alliance (proposition) and Partnership (opposition).</summary>
public enum Side
{
    /// <summary>Argues that China and Russia should form a formal alliance.</summary>
    Alliance,

    /// <summary>Argues to keep the strategic partnership without an alliance.</summary>
    Partnership,
}
