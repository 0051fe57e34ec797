namespace Debate.Core.Content;

/// <summary>What a persona rule does when its conditions hold.</summary>
public enum PersonaAction
{
    /// <summary>Rebut the strongest standing opposing argument.</summary>
    RebutStrongest,

    /// <summary>Play evidence on the weakest own argument that is not standing, or the weakest overall.</summary>
    SupportWeakest,

    /// <summary>Play a claim on the rule's theme.</summary>
    ClaimOnTheme,

    /// <summary>Play the strongest claim in hand.</summary>
    StrongestClaim,

    /// <summary>End the speech.</summary>
    EndSpeech,
}
