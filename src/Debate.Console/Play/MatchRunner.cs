using Debate.Console.Pages;
using Debate.Console.Saves;
using Debate.Core.Play;
using Debate.Core.Records;
using Debate.Opponents;

namespace Debate.Console.Play;

/// <summary>
/// Plays a match in the shell: roles read in private, a hand-off before each human speech when
/// several people share the keyboard, humans and opponents through the same legal moves, every
/// move saved, and the verdict at the end.
/// </summary>
internal sealed class MatchRunner(ShellContext context)
{
    private IShellUi Ui => context.Ui;

    /// <summary>Where the last match started or resumed here is saved (it moves to finished/ at the verdict).</summary>
    public string? SavePath { get; private set; }

    public async Task<MatchEnd> Start(MatchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var match = MatchSetup.Start(plan.Scenario, plan.Seats, plan.Seed);
        var record = MatchRecord.Begin(match);
        var session = new MatchSession(match, record, context.Saves.Create(record, plan.Source), []);
        SavePath = session.Slot.Path;
        MatchEnd end;
        using (session.Slot)
        {
            end = await ReadRoles(match) ? await Loop(session) : MatchEnd.Left;
        }

        if (end == MatchEnd.Left && session.Record.Moves.IsEmpty)
        {
            // Left before anyone spoke: a save with no move would only clutter Resume.
            context.Saves.Delete(session.Slot.Path);
            SavePath = null;
        }

        return end;
    }

    /// <summary>Resumes a saved match at its last completed move; null (with the reason shown) when it cannot.</summary>
    public async Task<MatchEnd?> Resume(SavedMatch saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Record is not { } record)
        {
            await Ui.Show(Problem("This save cannot be read", $"{saved.Path}: {saved.Error}"));
            return null;
        }

        var (load, source) = context.Catalog.ForRecord(record, saved.Source);
        if (load?.Scenario is not { } scenario)
        {
            await Ui.Show(Problem("Scenario not found", $"The match was played on scenario '{record.Scenario}', which is neither built in nor in scenarios/ here{(saved.Source is null ? "." : $" (it was {saved.Source}).")}"));
            return null;
        }

        // A controller that is neither human nor a level or persona of this scenario would fail when its turn came.
        if (record.Seats.FirstOrDefault(s => !string.Equals(s.Controller, "human", StringComparison.OrdinalIgnoreCase) && !OpponentFactory.Knows(s.Controller, scenario)) is { } unknown)
        {
            await Ui.Show(Problem("This match cannot be resumed", $"{saved.Path}: seat {unknown.Name} is played by '{unknown.Controller}', which is not human, an opponent level ({string.Join(", ", OpponentFactory.Levels)}) or a persona of scenario '{scenario.Id}'."));
            return null;
        }

        var tape = ReplayTape.Build(scenario, record, "Resume", out var error);
        if (tape is null || tape.Problem is not null)
        {
            await Ui.Show(Problem("This match cannot be resumed", error ?? tape!.Problem!));
            return null;
        }

        SaveSlot slot;
        try
        {
            slot = context.Saves.Reopen(saved with { Source = source });
        }
        catch (SaveInUseException inUse)
        {
            // One match, one writer: the window that has it keeps it. Resume offers to watch instead.
            await Ui.Show(Problem("This match is open in another window", inUse.Message));
            return null;
        }

        SavePath = slot.Path;
        using (slot)
        {
            return await Loop(new MatchSession(tape.Last, record, slot, tape.Moves));
        }
    }

    private async Task<bool> ReadRoles(Match match)
    {
        var humans = match.Seats.Where(s => s.IsHuman).ToList();
        foreach (var seat in humans)
        {
            if (humans.Count > 1 && !await Ui.HandOff(new HandOffNote(seat.Name, seat.Side, "to read your role sheet in private")))
            {
                return false;
            }

            await Ui.Show(BoardPages.Role(match, seat.Index));
        }

        return true;
    }

    private async Task<MatchEnd> Loop(MatchSession session)
    {
        var humans = session.Match.Seats.Count(s => s.IsHuman);
        var handedOff = -1;
        while (!session.Match.IsOver)
        {
            var match = session.Match;
            var seat = match.Seats[match.Speaker];
            if (!seat.IsHuman)
            {
                await Ui.Watch(new BoardState(match, null, session.Log), $"{seat.Name} ({seat.Controller}) is thinking...");
                var opponent = session.OpponentFor(seat);
                var view = PlayerView.Of(match, seat.Index);
                var legal = Rules.LegalMoves(match);
                var choice = await Ui.Think(() => opponent.Choose(view, legal));
                var played = session.Apply(choice.Move, choice.Reason);
                await Ui.Played(new BoardState(session.Match, null, session.Log), played);
                continue;
            }

            if (humans > 1 && handedOff != match.SpeechIndex)
            {
                if (!await Ui.HandOff(new HandOffNote(seat.Name, seat.Side, $"to give the speech: {match.CurrentSpeech!.Title}", new BoardState(match, null, session.Log))))
                {
                    return MatchEnd.Left;
                }

                handedOff = match.SpeechIndex;
            }

            var hint = humans == 1 ? Hint(session, seat) : null;
            var action = await Ui.Turn(new TurnContext(new BoardState(match, seat.Index, session.Log), BoardPages.Role(match, seat.Index), hint));
            if (action.Move is not { } move)
            {
                return MatchEnd.Left;
            }

            var made = session.Apply(move, null);
            if (move.Kind == MoveKind.EndSpeech)
            {
                await Ui.Played(new BoardState(session.Match, null, session.Log), made);
            }
        }

        session.Slot.Finish(session.Record);
        SavePath = session.Slot.Path;
        await new VerdictFlow(context).Run(session.Match, session.Record, session.Slot.Path);
        return MatchEnd.Finished;
    }

    private static Func<string?> Hint(MatchSession session, Seat seat) => () =>
    {
        var match = session.Match;
        return Opponents.Hint.For(PlayerView.Of(match, seat.Index), Rules.LegalMoves(match)).Reason;
    };

    private static Page Problem(string title, string text) => new(title, [Line.Of(text, Tone.Bad)], HelpTopic.Reading);
}
