using Debate.Scenarios.Reading;

namespace Debate.Scenarios.Dto;

/// <summary>The motion as read.</summary>
internal sealed record MotionDto(Field<string>? Text, Field<string>? Alliance, Field<string>? Partnership);
