using System.Collections.Immutable;

namespace Debate.Debrief.Model;

/// <summary>
/// A question for the seminar drawn from the match: what happened (<see cref="Context"/>, with any
/// <see cref="Points"/> it lists, such as the unused passages), and what to ask.
/// </summary>
public sealed record DiscussionQuestion(QuestionKind Kind, string Context, ImmutableArray<string> Points, string Question);
