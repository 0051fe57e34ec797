// Shared by the seminar pages: building elements (text is always inserted as text, never as
// markup), the hub connection that reconnects by itself (a dropped network or a restarted server
// brings the page back without a reload), and the public parts of a room: stage, floor, audience,
// seats, verdict.
"use strict";

const Debate = (() => {
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "style") Object.assign(node.style, value); // through the CSSOM: the policy forbids style attributes
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function fill(node, ...children) {
    node.replaceChildren();
    append(node, children);
    return node;
  }

  const side = (s) => (s === "Alliance" ? "alliance" : "partnership");
  const signed = (x) => (x > 0 ? "+" : "") + x.toFixed(1);

  // A connection that keeps trying: every 1, 2, 4 then 5 seconds, for as long as the page is open.
  function connect(url, onUp, onDown) {
    const retry = { nextRetryDelayInMilliseconds: (ctx) => Math.min(1000 * 2 ** ctx.previousRetryCount, 5000) };
    const hub = new signalR.HubConnectionBuilder().withUrl(url).withAutomaticReconnect(retry)
      .configureLogging(signalR.LogLevel.None).build();
    hub.onreconnecting(() => onDown("Connection lost: reconnecting…"));
    hub.onreconnected(() => onUp(hub));
    hub.onclose(() => { onDown("Connection lost: reconnecting…"); setTimeout(start, 2000); });
    async function start() {
      if (hub.state !== signalR.HubConnectionState.Disconnected) return;
      try {
        await hub.start();
        onUp(hub);
      } catch {
        onDown("The server cannot be reached: retrying…");
        setTimeout(start, 3000);
      }
    }
    onDown("Connecting…");
    return { hub, start };
  }

  function banner(text) {
    const node = document.getElementById("banner");
    if (!node) return;
    node.hidden = !text;
    node.textContent = text || "";
  }

  function clock(node, since) {
    const tick = () => {
      const secs = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
      node.textContent = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, "0")}`;
    };
    tick();
    clearInterval(node._timer);
    node._timer = setInterval(tick, 1000);
  }

  function stage(s, live) {
    if (!s.speech) return el("div", { class: "stage" }, el("span", { class: "speech", text: "Verdict" }), " · all speeches given");
    const pips = "●".repeat(Math.max(0, s.timeLeft)) + "○".repeat(Math.max(0, s.timeBudget - s.timeLeft));
    const elapsed = el("span", { class: "elapsed" });
    if (live) clock(elapsed, s.speechBegan);
    return el("div", { class: `stage ${side(s.speakerSide)}` },
      el("div", {}, el("span", { class: "speech", text: s.speech }), ` · speech ${s.speechNumber} of ${s.speeches}`),
      el("div", {}, "Speaker: ", el("span", { class: "side-text", text: s.speakerName }), ` (${s.speakerSide}${s.speakerRole ? ", " + s.speakerRole : ""})`,
        s.opponentThinking ? el("span", { class: "muted", text: " · thinking…" }) : null),
      el("div", {}, "Time: ", el("span", { class: "pips", "aria-hidden": "true", text: pips }), ` ${s.timeLeft} of ${s.timeBudget} units left`,
        live ? el("span", { class: "muted" }, " · ", elapsed) : null));
  }

  const statusWord = { standing: "stands", defeated: "defeated", undecided: "undecided", evidence: "evidence" };

  function floor(lines) {
    if (!lines.length) return el("p", { class: "muted", text: "Nothing has been said yet." });
    return el("ol", { class: "floor", "aria-label": "The floor" }, lines.map((a) =>
      el("li", { class: `${side(a.side)} ${a.status === "defeated" ? "is-defeated" : ""}`, style: { marginLeft: `${Math.min(a.depth, 4) * 1.2}em` } },
        el("span", { class: "status " + a.status, text: `#${a.id} ${statusWord[a.status] || a.status}` }),
        " ", el("span", { class: "side-text", text: a.side === "Alliance" ? "A" : "P" }),
        ` ${a.kind === "evidence" ? "+" : ""}${a.strength} `,
        a.kind === "evidence" ? el("span", { class: "muted", text: `backs #${a.target}: ` }) : a.kind === "rebuttal" ? el("span", { class: "muted", text: `rebuts #${a.target}: ` }) : null,
        el("span", { class: "tag", text: a.tag }),
        a.dropped ? el("span", { class: "chip", text: "dropped" }) : null,
        el("span", { class: "explain", text: `${a.seatName} · ${a.citation} · ${a.note ? a.note + ". " : ""}${a.explanation}` }))));
  }

  // The audience, updated in place so the meters slide to their new split after each speech.
  function audience(container, a) {
    let view = container._audience;
    if (!view || view.blocs.length !== a.blocs.length) {
      const line = el("p", { class: "swing" });
      const blocs = a.blocs.map(() => {
        const parts = { name: el("span"), shift: el("span", { class: "shift" }), for: el("span", { class: "for" }),
          undecided: el("span", { class: "undecided" }), against: el("span", { class: "against" }), words: el("div", { class: "small muted" }) };
        parts.meter = el("div", { class: "meter", role: "img" }, parts.for, parts.undecided, parts.against);
        parts.node = el("div", { class: "bloc" }, el("div", { class: "name" }, parts.name, parts.shift), parts.meter, parts.words);
        return parts;
      });
      view = container._audience = { line, blocs };
      fill(container, line, blocs.map((b) => b.node));
    }

    fill(view.line, "Room swing so far: ", el("span", { class: "side-text alliance", text: `Alliance ${signed(a.allianceSwing)}%` }), ", ",
      el("span", { class: "side-text partnership", text: `Partnership ${signed(a.partnershipSwing)}%` }), ` (${a.lead})`);
    a.blocs.forEach((b, i) => {
      const v = view.blocs[i];
      v.name.textContent = `${b.name} (${b.share}%)`;
      v.shift.textContent = b.shift === null ? "" : Math.abs(b.shift) < 0.05 ? "held still" : `${b.shift > 0 ? "▲ Alliance" : "▲ Partnership"} ${Math.abs(b.shift).toFixed(1)}`;
      v.for.style.width = `${b.for}%`;
      v.undecided.style.width = `${b.undecided}%`;
      v.against.style.width = `${b.against}%`;
      v.meter.setAttribute("aria-label", `${b.name}: for ${b.for}%, undecided ${b.undecided}%, against ${b.against}%`);
      v.words.textContent = `for ${b.for}% · undecided ${b.undecided}% · against ${b.against}%`;
    });
    return container;
  }

  function seats(list) {
    return el("ul", { class: "seats" }, list.map((s) => el("li", { class: side(s.side) },
      el("span", { class: "side-text", text: s.name }), ` · ${s.side}`, s.roleTitle ? ` · ${s.roleTitle}` : "",
      s.controller !== "human" ? ` · opponent (${s.controller})` : !s.taken ? " · free" : s.here ? "" : " · away",
      ` · ${s.handCount} cards`)));
  }

  function verdict(v) {
    if (!v) return null;
    return el("section", { class: "verdict", "aria-label": "Verdict" },
      el("p", { class: "headline" + (v.winner ? " " + side(v.winner) : "") }, el("span", { class: v.winner ? "side-text" : "", text: v.headline })),
      el("h3", { text: "Reason for decision" }), el("ul", {}, v.reasons.map((r) => el("li", { text: r }))),
      el("h3", { text: "The room, bloc by bloc" }),
      // data-label: on a phone each bloc's row stands as a small block, every figure under its column's name (app.css).
      el("div", { class: "table-wrap" }, el("table", { class: "blocs" }, el("thead", {}, el("tr", {}, ["Bloc", "For", "Against", "Alliance swing", "Partnership swing"].map((h) => el("th", { text: h })))),
        el("tbody", {}, v.blocs.map((b) => el("tr", {}, el("td", { class: "bloc", text: `${b.name} (${b.share}%)` }),
          el("td", { class: "num", "data-label": "For", text: `${b.openingFor} → ${b.closingFor}` }),
          el("td", { class: "num", "data-label": "Against", text: `${b.openingAgainst} → ${b.closingAgainst}` }),
          el("td", { class: "num", "data-label": "Alliance swing", text: `${signed(b.allianceSwing)}%` }),
          el("td", { class: "num", "data-label": "Partnership swing", text: `${signed(b.partnershipSwing)}%` })))))),
      v.objectives.length ? [el("h3", { text: "Secret objectives, revealed" }), el("ul", {}, v.objectives.map((o) =>
        el("li", { class: side(o.side) }, el("span", { class: "side-text", text: o.seatName }), `, ${o.role}: `,
          el("strong", { text: o.met ? "MET" : "NOT MET" }), ` — “${o.objective}” ${o.detail}`)))] : null);
  }

  function list(items, empty) {
    return items.length ? el("ul", { class: "log" }, items.map((t) => el("li", { text: t }))) : el("p", { class: "muted", text: empty });
  }

  return { el, fill, side, connect, banner, stage, floor, audience, seats, verdict, list, signed };
})();
