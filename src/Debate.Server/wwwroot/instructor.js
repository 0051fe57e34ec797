// The instructor's page (this machine, with the instructor's key): open rooms from a scenario and
// a seat plan, watch every room at a glance, and run them: start, pause, an opponent into an empty
// or deserted seat, end; the record and the debriefs to download.
"use strict";

(() => {
  const { el, fill, side, connect, banner } = Debate;
  const $ = (id) => document.getElementById(id);
  let hub = null;
  let scenarios = [];
  const rooms = new Map();
  const plan = [
    { side: "alliance", controller: "human", role: "deal" }, { side: "partnership", controller: "human", role: "deal" },
    { side: "alliance", controller: "human", role: "deal" }, { side: "partnership", controller: "human", role: "deal" },
  ];

  function problem(text) {
    $("problem").hidden = !text;
    $("problem").textContent = text || "";
  }

  async function call(method, ...args) {
    problem("");
    try {
      return await hub.invoke(method, ...args);
    } catch (err) {
      problem(String(err.message || err).replace(/^.*HubException: /, ""));
      return null;
    }
  }

  const chosen = () => scenarios.find((s) => s.key === $("scenario").value) || scenarios[0];

  function select(options, value, onchange, label) {
    const node = el("select", { "aria-label": label, onchange: (e) => onchange(e.target.value) },
      options.map(([v, text]) => el("option", { value: v, text, selected: v === value })));
    return node;
  }

  function renderPlan() {
    const s = chosen();
    fill($("format"), s ? `${s.motion} Format: ${s.format}.` : "");
    const opponents = s ? s.opponents : [];
    fill($("plan-seats"), plan.map((p, i) => {
      const roles = s ? s.roles.filter((r) => r.side.toLowerCase() === p.side) : [];
      return el("div", { class: `seatrow ${p.side}` },
        el("strong", { class: "side-text", text: `Seat ${i + 1}` }),
        select([["alliance", "Alliance"], ["partnership", "Partnership"]], p.side, (v) => { p.side = v; p.role = "deal"; renderPlan(); }, `Seat ${i + 1} side`),
        select([["human", "a student"], ...opponents.map((o) => [o, `opponent: ${o}`])], p.controller, (v) => { p.controller = v; }, `Seat ${i + 1} player`),
        select([["deal", "role dealt at random"], ["none", "no role"], ...roles.map((r) => [r.id, `role: ${r.title}`])], p.role, (v) => { p.role = v; }, `Seat ${i + 1} role`),
        el("button", { type: "button", disabled: plan.length <= 2, onclick: () => { plan.splice(i, 1); renderPlan(); } }, "Remove"));
    }));
  }

  function seatControls(r, s) {
    const open = !["over", "ended", "damaged"].includes(r.state);
    const state = s.controller !== "human" ? `opponent (${s.controller})` : !s.taken ? "empty" : s.here ? "here" : "away";
    const pick = el("select", { "aria-label": `Opponent for seat ${s.seat + 1}` }, r.opponents.map((o) => el("option", { value: o, text: o })));
    return el("div", { class: `seatrow ${side(s.side)}` },
      el("span", { class: "side-text", text: `${s.seat + 1}. ${s.name}` }), ` ${s.side}${s.roleTitle ? " · " + s.roleTitle : ""} · `, el("strong", { text: state }),
      open && s.controller === "human" && (!s.taken || !s.here) ? [pick, el("button", { type: "button", onclick: () => call("SeatOpponent", r.id, s.seat, pick.value) }, "Seat this opponent")] : null,
      open && s.controller !== "human" ? el("button", { type: "button", onclick: () => call("SeatPerson", r.id, s.seat) }, "Give back to a student") : null,
      open && s.controller === "human" && s.taken ? el("button", { type: "button", onclick: () => confirm(`Free seat ${s.seat + 1}? ${s.name}'s key stops working.`) && call("FreeSeat", r.id, s.seat) }, "Free the seat") : null);
  }

  function roomCard(r) {
    const open = !["over", "ended", "damaged"].includes(r.state);
    const unrestored = r.state === "damaged" && r.seats.length === 0; // not brought back after a restart: its record only
    const base = `/instructor/rooms/${encodeURIComponent(r.id)}`;
    return el("section", { class: "room", "aria-label": `Room ${r.code}` },
      el("h3", {}, el("span", { class: "code", text: r.code }), ` · ${r.title} · `, el("strong", { text: r.state })),
      el("p", { text: r.stateLine }),
      el("p", { class: "small muted", text: `${r.moveCount} moves · seed ${r.seed} · ${r.scenario} · ${r.watchers} projector(s) · opened ${new Date(r.created).toLocaleTimeString()}` }),
      r.winner ? el("p", {}, el("strong", { text: r.winner })) : null,
      r.damage ? el("p", { class: "why", text: r.damage }) : null,
      r.seats.map((s) => seatControls(r, s)),
      el("div", { class: "actions" },
        unrestored ? null : el("a", { href: `/projector/${encodeURIComponent(r.id)}`, target: "_blank", rel: "noopener" }, "Projector page"),
        open && r.state === "waiting" ? el("button", { type: "button", onclick: () => call("Begin", r.id) }, "Start now") : null,
        open && r.state === "playing" ? el("button", { type: "button", onclick: () => call("Pause", r.id, true) }, "Pause") : null,
        open && r.state === "paused" ? el("button", { type: "button", onclick: () => call("Pause", r.id, false) }, "Resume") : null,
        r.state !== "ended" && !unrestored ? el("button", { type: "button", onclick: () => confirm(`End room ${r.code}? Its code stops working.`) && call("End", r.id) }, "End the room") : null),
      el("div", { class: "actions small" }, "Download: ",
        el("a", { href: `${base}/record.json`, text: unrestored ? "the record as stored (json)" : "record (json)" }),
        unrestored ? null : [" · debrief ", ["md", "html", "json", "csv"].map((f, i) => [i ? " · " : "", el("a", { href: `${base}/debrief.${f}`, text: f })])]));
  }

  function renderRooms() {
    const list = [...rooms.values()].sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
    fill($("rooms"), list.length ? list.map(roomCard) : el("p", { class: "muted", text: "No rooms yet." }));
  }

  $("scenario").addEventListener("change", () => { for (const p of plan) p.role = "deal"; renderPlan(); });
  $("add-alliance").addEventListener("click", () => { plan.push({ side: "alliance", controller: "human", role: "deal" }); renderPlan(); });
  $("add-partnership").addEventListener("click", () => { plan.push({ side: "partnership", controller: "human", role: "deal" }); renderPlan(); });
  $("plan").addEventListener("submit", async (e) => {
    e.preventDefault();
    const seed = $("seed").value.trim();
    const summary = await call("Open", { scenario: $("scenario").value, seed: seed === "" ? null : Number(seed),
      seats: plan.map((p) => ({ side: p.side, controller: p.controller, role: p.role, name: null })) });
    if (summary) { rooms.set(summary.id, summary); renderRooms(); }
  });

  const link = connect("/hub/instructor", async (h) => {
    hub = h;
    banner("");
    scenarios = (await call("Scenarios")) || [];
    const keep = $("scenario").value;
    fill($("scenario"), scenarios.map((s) => el("option", { value: s.key, text: `${s.title} (${s.key})`, selected: s.key === keep })));
    renderPlan();
    $("open").disabled = scenarios.length === 0;
    for (const r of (await call("Rooms")) || []) rooms.set(r.id, r);
    renderRooms();
  }, (text) => { $("open").disabled = true; banner(text); });
  link.hub.on("room", (r) => { rooms.set(r.id, r); renderRooms(); });
  link.start();
})();
