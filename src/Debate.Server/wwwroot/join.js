// The join page: a code, then a name and a free seat. The seat's key comes back once and is kept
// in this browser (localStorage), so a closed tab or a restarted phone rejoins the same seat.
"use strict";

const $ = (id) => document.getElementById(id);
const { el } = Debate;

function say(text) {
  $("problem").hidden = !text;
  $("problem").textContent = text || "";
}

function seatsKept() {
  const kept = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key.startsWith("debate.seat.")) continue;
    try { kept.push(JSON.parse(localStorage.getItem(key))); } catch { /* not ours */ }
  }
  return kept.filter((s) => s && s.room && Number.isInteger(s.seat));
}

function showKept() {
  const kept = seatsKept();
  $("yours").hidden = kept.length === 0;
  $("yours-list").replaceChildren(...kept.map((s) => el("li", {},
    el("a", { href: `/play/${encodeURIComponent(s.room)}/${s.seat}`, text: `Rejoin as ${s.name}: ${s.title}, seat ${s.seat + 1}` }))));
}

async function post(url, body) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  let answer = {};
  try { answer = await response.json(); } catch { /* empty */ }
  if (!response.ok) throw new Error(answer.error || `The server said ${response.status}.`);
  return answer;
}

let looked = null;

$("code-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  say("");
  try {
    looked = await post("/api/look", { code: $("code").value });
    $("room").hidden = false;
    $("room-title").textContent = looked.title;
    $("room-motion").textContent = looked.motion;
    $("room-state").textContent = looked.state;
    const choices = looked.seats.map((s) => {
      const id = `seat-${s.seat}`;
      const who = s.controller !== "human" ? `an opponent (${s.controller})` : s.free ? "free" : `taken by ${s.name}`;
      return el("div", { class: `seatrow ${s.side === "Alliance" ? "alliance" : "partnership"}` },
        el("input", { type: "radio", name: "seat", id, value: String(s.seat), disabled: !s.free, required: true }),
        el("label", { for: id }, el("span", { class: "side-text", text: s.side }), ` · seat ${s.seat + 1}${s.roleTitle ? " · " + s.roleTitle : ""} · ${who}`));
    });
    $("seats").replaceChildren(...choices);
    const first = document.querySelector("input[name=seat]:not([disabled])");
    if (first) first.checked = true; else say("Every seat in this room is taken. Ask your instructor.");
    $("name").focus();
  } catch (err) {
    $("room").hidden = true;
    say(err.message);
  }
});

$("seat-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  say("");
  const chosen = document.querySelector("input[name=seat]:checked");
  if (!chosen) { say("Choose a free seat."); return; }
  try {
    const seat = await post("/api/join", { code: $("code").value, name: $("name").value, seat: Number(chosen.value) });
    localStorage.setItem(`debate.seat.${seat.room}.${seat.seat}`,
      JSON.stringify({ room: seat.room, seat: seat.seat, key: seat.key, name: seat.name, title: looked ? looked.title : "" }));
    location.assign(`/play/${encodeURIComponent(seat.room)}/${seat.seat}`);
  } catch (err) {
    say(err.message);
  }
});

showKept();
