namespace Debate.Server.Web;

/// <summary>The join page's first step: a typed code.</summary>
public sealed record LookRequest(string? Code);

/// <summary>The join page's second step: the code, a name and the chosen seat.</summary>
public sealed record JoinRequest(string? Code, string? Name, int Seat);

/// <summary>What the join page shows after the code: the room and its seats, free or taken.</summary>
public sealed record LookAnswer(string Title, string Motion, string State, IReadOnlyList<FreeSeat> Seats);

/// <summary>A seat on the join page.</summary>
public sealed record FreeSeat(int Seat, string Side, string? RoleTitle, string Name, bool Free, string Controller);

/// <summary>A seat taken: the room, the seat and its key (kept by the browser, shown only this once).</summary>
public sealed record JoinAnswer(string Room, int Seat, string Key, string Name);

/// <summary>A refusal, in a sentence for the person.</summary>
public sealed record Problem(string Error);
