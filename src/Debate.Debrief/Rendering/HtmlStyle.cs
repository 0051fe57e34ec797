namespace Debate.Debrief.Rendering;

/// <summary>
/// The debrief page's inline style, made for a projector at the back of a seminar room: large
/// type, black on white, the two sides in dark blue and dark red (both above 7:1 contrast on
/// white), status spelled out in words as well as colour, nothing loaded from outside.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { --ink: #111; --paper: #fff; --muted: #333; --rule: #777; --alliance: #0a3a8c; --partnership: #8c1a0a; --mark: #ffe14d; }
        * { box-sizing: border-box; }
        html { background: var(--paper); color: var(--ink); }
        body { font: 24px/1.45 "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; margin: 0 auto; max-width: 1500px; padding: 28px 40px 80px; }
        h1 { font-size: 44px; line-height: 1.15; margin: 0.2em 0 0.4em; }
        h2 { font-size: 34px; margin: 1.6em 0 0.5em; border-bottom: 5px solid var(--ink); padding-bottom: 0.1em; }
        h3 { font-size: 27px; margin: 1.2em 0 0.4em; }
        p, li { max-width: 62em; }
        .kicker { font-size: 22px; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0; }
        .cases { display: flex; gap: 24px; margin: 0.5em 0 1em; }
        .case { flex: 1; border-left: 12px solid; padding: 0.3em 0.8em; }
        .case.alliance { border-color: var(--alliance); } .case.partnership { border-color: var(--partnership); }
        .banner { font-size: 40px; font-weight: 800; margin: 0.3em 0; }
        .alliance-text { color: var(--alliance); } .partnership-text { color: var(--partnership); }
        .note { background: var(--mark); color: #000; font-weight: 700; padding: 0.1em 0.4em; }
        table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
        th, td { border: 2px solid var(--rule); padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
        th { background: #e8e8e8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .flow { font-size: 17px; line-height: 1.3; table-layout: fixed; }
        .flow th { font-size: 17px; }
        .flow td, .flow th { overflow-wrap: break-word; hyphens: auto; }
        .flow .who { display: block; font-weight: 400; }
        .flow th.alliance { border-top: 8px solid var(--alliance); } .flow th.partnership { border-top: 8px solid var(--partnership); }
        .flow td.arg.alliance { border-left: 8px solid var(--alliance); } .flow td.arg.partnership { border-left: 8px solid var(--partnership); }
        .flow .news td { font-style: italic; background: #f2f2f2; }
        .id { font-weight: 800; }
        .does { color: var(--muted); font-size: 0.9em; }
        .status { display: block; font-weight: 700; margin-top: 0.2em; }
        .flow td.defeated { background: #ececec; }
        .badge { background: var(--mark); color: #000; padding: 0 0.3em; font-weight: 800; }
        .transcript p { margin: 0.3em 0 0.8em; }
        .cite { color: var(--muted); font-size: 0.85em; }
        .player { border: 3px solid var(--rule); padding: 0.2em 1em 0.8em; margin: 1em 0; }
        .player.alliance { border-left: 14px solid var(--alliance); } .player.partnership { border-left: 14px solid var(--partnership); }
        .met { font-weight: 800; border: 3px solid var(--ink); padding: 0 0.3em; }
        ul.items { margin: 0.2em 0 0.6em; }
        table.moves { font-size: 20px; }
        .why { font-style: italic; color: var(--muted); }
        ol.questions > li { margin-bottom: 0.9em; font-size: 26px; }
        .ask { display: block; font-weight: 800; margin-top: 0.2em; }
        footer { margin-top: 3em; color: var(--muted); font-size: 20px; }
        @media print { body { font-size: 12pt; max-width: none; } .flow { font-size: 9pt; } }
        """;
}
