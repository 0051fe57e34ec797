namespace Debate.Debrief.Model;

/// <summary>A question for the seminar drawn from the match: what happened (<see cref="Context"/>) and what to ask.</summary>
public sealed record DiscussionQuestion(QuestionKind Kind, string Context, string Question);
