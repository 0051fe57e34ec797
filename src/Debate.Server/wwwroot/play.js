// A player's page: this seat's own screen (hand, role: the server builds it from the seat's own view
// of the match) and the room's public screen (the projector's) arrive as two messages; the page
// shows them together once both are of the same state of the room (their edition). Moves carry the seat's key and the move
// number the screen showed; the server answers with the rules' reason when it refuses one.
"use strict";

(() => {
  const { el, fill, side, connect, banner } = Debate;
  const $ = (id) => document.getElementById(id);
  const [, , room, seatText] = location.pathname.split("/");
  const seat = Number(seatText);
  const kept = (() => { try { return JSON.parse(localStorage.getItem(`debate.seat.${room}.${seat}`)); } catch { return null; } })();
  let screen = null; // what is shown: the public screen and this seat's own, of one move
  let shared = null;
  let own = null;
  let hub = null;
  const open = new Set();

  if (!kept || !kept.key) {
    fill($("you"), "This browser holds no key to that seat");
    fill($("state"), el("a", { href: "/", text: "Join with the room's code" }), " (on the device you joined with, your seat is kept for you).");
    return;
  }

  function refused(text) {
    $("refused").hidden = !text;
    $("refused").textContent = text || "";
  }

  async function send(kind, card, target) {
    if (!screen || !hub) return;
    refused("");
    for (const b of document.querySelectorAll("button.move, #end")) b.disabled = true;
    try {
      const answer = await hub.invoke("Play", { room, seat, key: kept.key, moveCount: screen.moveCount, kind, card, target });
      if (!answer.accepted) refused(answer.reason);
    } catch (err) {
      refused(String(err.message || err).replace(/^.*HubException: /, ""));
    } finally {
      render(screen);
    }
  }

  function card(c, mine) {
    const playable = c.moves.length > 0;
    const details = el("details", { class: `card ${side(mine)} ${playable ? "playable" : ""}`, open: open.has(c.id) },
      el("summary", {}, el("span", { class: "tag", text: c.tag }),
        el("div", { class: "meta", text: `${c.id} · ${c.kind} · strength ${c.strength} · ${c.cost} time · ${c.themes.join(", ")}${playable ? " · playable now" : ""}` })),
      el("p", { class: "body", text: c.body }),
      el("p", { class: "small muted", text: c.citation }),
      c.moves.map((m) => el("button", { class: "move primary", type: "button", onclick: () => send(m.kind, m.card, m.target) },
        m.label, m.preview ? el("span", { class: "preview", text: m.preview }) : null)),
      c.refusal ? el("p", { class: "why", text: c.refusal }) : null,
      c.blocked.length ? el("details", { class: "blocked" }, el("summary", { text: playable ? "Why not on the other arguments" : "Why it cannot be played on any argument now" }),
        el("ul", {}, c.blocked.map((b) => el("li", { text: `#${b.target}: ${b.reason}` })))) : null);
    details.addEventListener("toggle", () => (details.open ? open.add(c.id) : open.delete(c.id)));
    return details;
  }

  function render(s) {
    screen = s;
    document.body.dataset.moveCount = String(s.moveCount); // read by the browser tests
    document.body.dataset.speech = String(s.stage.speechNumber);
    document.title = `${s.name}: ${s.room.title}`;
    fill($("motion"), s.room.motion);
    fill($("you"), s.name);
    $("side").className = `chip side-text ${side(s.side)}`;
    fill($("side"), s.controller === "human" ? s.side : `${s.side} · played by ${s.controller}`);
    fill($("state"), s.room.stateLine);
    fill($("stage"), Debate.stage(s.stage, s.room.live));
    $("turn").hidden = !s.yourSpeech;
    fill($("turn"), s.yourSpeech ? `Your speech: ${s.stage.timeLeft} of ${s.stage.timeBudget} units of time left. Play a card or end your speech.` : "");
    if (s.waiting && !s.yourSpeech) { $("turn").hidden = false; $("turn").className = "notice"; fill($("turn"), s.waiting); } else { $("turn").className = "notice turn"; }
    $("end-row").hidden = !s.yourSpeech;
    fill($("end-preview"), s.endPreview ? `Ending now: ${s.endPreview}.` : "");
    $("end").disabled = !s.yourSpeech;
    $("role").hidden = !s.role;
    if (s.role) {
      fill($("role-title"), `· ${s.role.title}`);
      fill($("role-body"), el("p", { text: s.role.brief }), el("p", {}, el("strong", { text: "Secret objective: " }), s.role.objective));
    }
    fill($("verdict"), Debate.verdict(s.verdict));
    fill($("hand"), s.hand.length ? s.hand.map((c) => card(c, s.side)) : el("p", { class: "muted", text: "Your hand is empty." }));
    fill($("floor"), Debate.floor(s.floor));
    Debate.audience($("audience"), s.audience);
    fill($("news"), Debate.list(s.stage.news, "No news yet."));
    fill($("seats"), Debate.seats(s.seats));
    fill($("log"), Debate.list([...s.stage.log].reverse(), "Nothing yet."));
  }

  $("end").addEventListener("click", () => send("end", null, null));

  const link = connect("/hub/room", async (h) => {
    hub = h;
    try {
      await h.invoke("Sit", room, seat, kept.key);
      banner("");
    } catch (err) {
      banner("");
      refused(String(err.message || err).replace(/^.*HubException: /, ""));
    }
  }, banner);
  const arrived = () => { if (shared && own && shared.edition === own.edition) render({ ...shared, ...own }); };
  link.hub.on("room", (r) => { shared = r; arrived(); });
  link.hub.on("seat", (s) => { own = s; arrived(); });
  link.start();
})();
