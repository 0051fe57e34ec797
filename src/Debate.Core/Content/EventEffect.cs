namespace Debate.Core.Content;

/// <summary>
/// One consequence of an event. <see cref="EffectKind.ThemeWeight"/> adds <see cref="Delta"/> to the
/// weight of <see cref="Theme"/> in <see cref="Bloc"/> (every bloc when null);
/// <see cref="EffectKind.Strength"/> adds it to arguments on the theme of <see cref="Side"/> (both when null).
/// </summary>
public sealed record EventEffect(EffectKind Kind, string Theme, int Delta, Side? Side = null, string? Bloc = null);
