// The projector: the room's public screen only (no hands, no secret objectives before the
// verdict), in large type, with the meters sliding after each speech.
"use strict";

(() => {
  const { el, fill, connect, banner } = Debate;
  const $ = (id) => document.getElementById(id);
  const room = location.pathname.split("/")[2];

  function render(s) {
    document.body.dataset.moveCount = String(s.moveCount); // read by the browser tests
    document.body.dataset.speech = String(s.stage.speechNumber);
    document.title = `${s.room.title}: the room`;
    fill($("motion"), s.room.motion);
    fill($("state"), s.room.stateLine);
    const joining = s.room.state === "waiting" || (s.room.live && s.seats.some((x) => x.controller === "human" && !x.taken));
    $("join").hidden = !joining;
    fill($("join"), "Join at ", el("strong", { text: s.joinAt || location.origin }), " with code ", el("span", { class: "code", text: s.room.code }));
    fill($("stage"), Debate.stage(s.stage, s.room.live));
    fill($("verdict"), Debate.verdict(s.verdict));
    fill($("floor"), Debate.floor(s.floor));
    Debate.audience($("audience"), s.audience);
    fill($("news"), Debate.list(s.stage.news, "No news yet."));
    fill($("seats"), Debate.seats(s.seats));
    fill($("log"), Debate.list([...s.stage.log].reverse().slice(0, 6), "Nothing yet."));
  }

  const link = connect("/hub/room", async (h) => {
    try {
      await h.invoke("Watch", room);
      banner("");
    } catch (err) {
      banner(String(err.message || err).replace(/^.*HubException: /, ""));
    }
  }, banner);
  link.hub.on("room", render);
  link.start();
})();
