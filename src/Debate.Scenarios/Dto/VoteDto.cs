using Debate.Scenarios.Reading;
using Debate.Scenarios.Yaml;

namespace Debate.Scenarios.Dto;

/// <summary>A bloc's opening split as read, in percent.</summary>
internal sealed record VoteDto(Mark At, Field<double>? For, Field<double>? Against, Field<double>? Undecided);
