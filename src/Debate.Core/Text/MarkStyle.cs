namespace Debate.Core.Text;

/// <summary>How <see cref="VisibleText"/> draws a C0 control character or DEL.</summary>
public enum MarkStyle
{
    /// <summary>Unicode control pictures, one column each: ␛ for ESC, ␇ for BEL, ␡ for DEL.</summary>
    Unicode,

    /// <summary>Caret notation in plain ASCII, as <c>cat -v</c> shows them: ^[ for ESC, ^G for BEL, ^? for DEL.</summary>
    Ascii,
}
