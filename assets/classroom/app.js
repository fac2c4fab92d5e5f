/* Esprit's live classroom, the student's page. ES5 only, no framework and
   nothing from the internet, so it runs on a five-year-old phone browser.
   It joins with the code and a nickname, keeps its player token in the
   browser's storage so a refresh or a lock screen brings it back into the
   same game, follows the host's event stream (with its own reconnect), and
   shows an answer as sent only once the host has accepted it. Every text
   from the host or a pack goes in with textContent: nothing is parsed as
   HTML. The protocol: docs/classroom.md. */
// SPDX-License-Identifier: GPL-3.0-or-later
(function () {
  "use strict";

  var STORE_KEY = "esprit.classroom";
  var RETRY_STEPS_MS = [1000, 2000, 4000, 8000];
  var POLL_MS = 2000;
  var words = {};
  var language = "en";
  var saved = null;        // {code, player, nickname, team}
  var teams = false;
  var source = null;       // the EventSource, when the browser has one
  var lastEventId = 0;
  var retries = 0;
  var reconnectTimer = null;
  var current = null;      // the latest event: {name, data}
  var pending = null;      // the answer being built for the open question
  var sending = null;      // {question, body, tries}
  var sentFor = null;      // question id whose answer the host accepted
  var countdown = null;    // {question, ends (ms, this device's clock), timer}

  // ---------------------------------------------------------------- helpers
  function $(id) { return document.getElementById(id); }
  function text(key, values) {
    var value = words[key];
    if (typeof value !== "string") value = key;
    if (values) {
      for (var name in values) {
        if (Object.prototype.hasOwnProperty.call(values, name)) {
          value = value.split("{" + name + "}").join(String(values[name]));
        }
      }
    }
    return value;
  }
  function setText(element, value) { element.textContent = value === undefined || value === null ? "" : String(value); }
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }
  function make(tag, className, content) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (content !== undefined) setText(element, content);
    return element;
  }
  function show(view) {
    var views = ["join", "lobby", "question", "reveal", "end"];
    for (var i = 0; i < views.length; i++) $(views[i]).hidden = views[i] !== view;
  }
  function status(message) { setText($("status"), message || ""); }
  function parseJson(textValue) {
    try { return JSON.parse(textValue); } catch (error) { return null; }
  }
  function queryParameter(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    return match ? decodeURIComponent(match[1].replace(/\+/g, " ")) : "";
  }

  // Storage may be missing or refuse writes (private browsing): the page
  // then still works, it only forgets the player on a refresh.
  function loadSaved() {
    try { return parseJson(window.localStorage.getItem(STORE_KEY) || "null"); } catch (error) { return null; }
  }
  function store(value) {
    try {
      if (value) window.localStorage.setItem(STORE_KEY, JSON.stringify(value));
      else window.localStorage.removeItem(STORE_KEY);
    } catch (error) { /* kept in memory only */ }
  }

  function request(method, url, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url, true);
    xhr.timeout = 15000;
    if (body !== null) xhr.setRequestHeader("Content-Type", "application/json");
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      done(xhr.status, parseJson(xhr.responseText) || {}, xhr.responseText);
    };
    xhr.ontimeout = function () { /* onreadystatechange reports status 0 */ };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  // ------------------------------------------------------------- languages
  function chooseLanguage(wanted) {
    request("GET", "/i18n.json?lang=" + encodeURIComponent(wanted), null, function (code, table) {
      if (code !== 200) return;
      words = table;
      language = wanted;
      document.documentElement.lang = wanted;
      try { window.localStorage.setItem(STORE_KEY + ".language", wanted); } catch (error) { /* fine */ }
      var labelled = document.querySelectorAll("[data-text]");
      for (var i = 0; i < labelled.length; i++) setText(labelled[i], text(labelled[i].getAttribute("data-text")));
      var buttons = document.querySelectorAll(".language");
      for (var j = 0; j < buttons.length; j++) {
        buttons[j].setAttribute("aria-current", buttons[j].getAttribute("data-language") === wanted ? "true" : "false");
      }
      setText($("name-label"), text(teams ? "join.team" : "join.nickname"));
      if (current) render(current.name, current.data);
    });
  }
  function startingLanguage() {
    var chosen = null;
    try { chosen = window.localStorage.getItem(STORE_KEY + ".language"); } catch (error) { chosen = null; }
    if (chosen) return chosen;
    var wanted = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
    wanted = wanted.toLowerCase().substring(0, 2);
    return ["fr", "nl", "de", "en"].indexOf(wanted) >= 0 ? wanted : "en";
  }

  // ----------------------------------------------------------------- joining
  function join(event) {
    if (event) event.preventDefault();
    var code = $("code").value.replace(/\s+/g, "");
    var name = $("name").value;
    if (!/^[0-9]{6}$/.test(code)) { setText($("join-error"), text("join.code_format")); return; }
    if (!name.replace(/\s+/g, "")) { setText($("join-error"), text(teams ? "join.team_missing" : "join.nickname_missing")); return; }
    var body = {code: code};
    body[teams ? "team" : "nickname"] = name;
    $("join-button").disabled = true;
    setText($("join-error"), "");
    request("POST", "/api/join", body, function (statusCode, reply) {
      $("join-button").disabled = false;
      if (statusCode === 200) {
        saved = {code: code, player: reply.player, nickname: reply.nickname, team: !!reply.team};
        store(saved);
        connect();
        return;
      }
      var key = statusCode === 403 ? "join.wrong_code" : statusCode === 409 ? (teams ? "join.team_taken" : "join.nickname_taken")
        : statusCode === 429 ? "join.slow_down" : statusCode === 0 ? "join.no_connection" : null;
      setText($("join-error"), key ? text(key) : (reply.error || text("join.failed")));
    });
  }

  function forget() {
    saved = null;
    store(null);
    disconnect();
    current = null;
    setText($("who"), "");
    setText($("score"), "");
    show("join");
  }

  // ----------------------------------------------------------- event stream
  function disconnect() {
    if (source) { source.close(); source = null; }
    if (reconnectTimer) { clearTimeout(reconnectTimer); reconnectTimer = null; }
  }

  function connect() {
    disconnect();
    if (!saved) return;
    var url = "/api/events?player=" + encodeURIComponent(saved.player) + "&last=" + lastEventId;
    if (!window.EventSource) { poll(); return; }
    source = new window.EventSource(url);
    var names = ["lobby", "question", "reveal", "end"];
    for (var i = 0; i < names.length; i++) {
      (function (name) {
        source.addEventListener(name, function (message) {
          retries = 0;
          status("");
          var id = parseInt(message.lastEventId, 10);
          if (id > 0) lastEventId = id;
          var data = parseJson(message.data);
          if (data) render(name, data);
        });
      })(names[i]);
    }
    source.onopen = function () { status(""); };
    // Browsers differ in how (and whether) they retry: the page decides.
    source.onerror = function () {
      if (source) { source.close(); source = null; }
      status(text("status.reconnecting"));
      checkPlayerThenReconnect();
    };
  }

  // Without EventSource: the same stream, one event per request.
  function poll() {
    if (!saved) return;
    request("GET", "/api/events?player=" + encodeURIComponent(saved.player) + "&once=1", null, function (statusCode, reply, raw) {
      if (statusCode === 403) { forget(); return; }
      if (statusCode === 200) {
        status("");
        var lines = raw.split("\n"), name = null, data = null;
        for (var i = 0; i < lines.length; i++) {
          if (lines[i].indexOf("event: ") === 0) name = lines[i].substring(7);
          if (lines[i].indexOf("data: ") === 0) data = parseJson(lines[i].substring(6));
          if (lines[i].indexOf("id: ") === 0) lastEventId = parseInt(lines[i].substring(4), 10) || lastEventId;
        }
        if (name && data) render(name, data);
      } else {
        status(text("status.reconnecting"));
      }
      reconnectTimer = setTimeout(poll, POLL_MS);
    });
  }

  function checkPlayerThenReconnect() {
    var wait = RETRY_STEPS_MS[Math.min(retries, RETRY_STEPS_MS.length - 1)];
    retries++;
    reconnectTimer = setTimeout(function () {
      if (!saved) return;
      request("GET", "/api/player?player=" + encodeURIComponent(saved.player), null, function (statusCode) {
        if (statusCode === 403) { forget(); setText($("join-error"), text("join.removed")); return; }
        if (statusCode === 200) { connect(); return; }
        checkPlayerThenReconnect();  // the host is not back yet
      });
    }, wait);
  }

  // ---------------------------------------------------------------- showing
  function render(name, data) {
    current = {name: name, data: data};
    setText($("who"), data.nickname);
    setText($("score"), text("score", {points: data.score}));
    if (name === "lobby") renderLobby(data);
    else if (name === "question") renderQuestion(data);
    else if (name === "reveal") renderReveal(data);
    else if (name === "end") renderEnd(data);
  }

  function renderLobby(data) {
    setText($("lobby-title"), text(data.teams ? "lobby.title_team" : "lobby.title", {name: data.nickname}));
    setText($("lobby-players"), text("lobby.players", {count: data.players}));
    show("lobby");
  }

  function pictureWidth() {
    var width = Math.min(window.innerWidth || 360, 720) * (window.devicePixelRatio || 1);
    var allowed = [360, 540, 720, 1080], best = 720;
    for (var i = 0; i < allowed.length; i++) if (Math.abs(allowed[i] - width) < Math.abs(best - width)) best = allowed[i];
    return best;
  }

  function binaryLabel(wording, yes) {
    var base = wording === "reliable_unreliable" ? "reliable" : wording === "true_false" ? "true" : "real";
    return text("binary." + base + (yes ? ".yes" : ".no"));
  }

  function renderQuestion(data) {
    var isNew = !pending || pending.question !== data.question;
    if (isNew) {
      pending = {question: data.question, type: data.type, choice: null, order: null, data: data};
      if (data.type === "ordering") {
        pending.order = [];
        for (var i = 0; i < data.items.length; i++) pending.order.push(data.items[i].id);
      }
      if (data.type === "multiple") pending.choice = [];
      sentFor = null;
      sending = null;
      $("confidence").value = 70;
      setText($("confidence-value"), "70 %");
    }
    pending.data = data;
    if (data.answered) sentFor = data.question;
    showProgress(data);
    setText($("question-prompt"), data.prompt);
    renderScenario(data);
    renderAnswerArea(data);
    $("confidence-area").hidden = !(data.confidence && data.type === "true_false");
    updateSendState();
    show("question");
  }

  // With a teacher's timer, the seconds left tick down on the phone too
  // (from the host's count, so the phone's clock does not matter).
  function showProgress(data) {
    var line = text("question.progress", {index: data.index, count: data.count});
    if (countdown && countdown.question !== data.question) { clearInterval(countdown.timer); countdown = null; }
    if (data.seconds_left === null || data.seconds_left === undefined) { setText($("question-progress"), line); return; }
    if (!countdown) {
      countdown = {question: data.question, ends: new Date().getTime() + data.seconds_left * 1000, timer: null};
      countdown.timer = setInterval(function () {
        if (current && current.name === "question") showProgress(current.data);
        else { clearInterval(countdown.timer); countdown = null; }
      }, 1000);
    }
    var left = Math.max(0, Math.ceil((countdown.ends - new Date().getTime()) / 1000));
    setText($("question-progress"), line + " \u00b7 " + text("question.seconds_left", {seconds: left}));
  }

  function renderScenario(data) {
    var box = $("scenario");
    var key = data.question + "|" + (data.image || "");
    if (box.getAttribute("data-for") === key) { drawTapMark(); return; }
    box.setAttribute("data-for", key);
    clear(box);
    if (data.image) {
      var holder = make(data.type === "hotspot" ? "button" : "div", "scenario-picture");
      if (data.type === "hotspot") {
        holder.type = "button";
        holder.setAttribute("aria-label", text("question.tap_picture"));
      }
      var image = document.createElement("img");
      image.alt = data.scenario_text || "";
      image.src = data.image + "&w=" + pictureWidth();
      holder.appendChild(image);
      if (data.type === "hotspot") holder.addEventListener("click", tapPicture);
      box.appendChild(holder);
    } else if (data.scenario_text) {
      box.appendChild(make("div", "scenario-text", data.scenario_text));
    }
  }

  // The region under a tap: the smallest one holding it, as on the projector.
  function tapPicture(event) {
    if (!pending || sentFor === pending.question) return;
    var picture = event.currentTarget.querySelector("img");
    var bounds = picture.getBoundingClientRect();
    var x = (event.clientX - bounds.left) / bounds.width;
    var y = (event.clientY - bounds.top) / bounds.height;
    var regions = pending.data.regions || [], best = null, bestArea = 2;
    for (var i = 0; i < regions.length; i++) {
      var region = regions[i];
      if (region.x === undefined) continue;
      if (x >= region.x && x <= region.x + region.width && y >= region.y && y <= region.y + region.height &&
          region.width * region.height < bestArea) {
        best = region.id;
        bestArea = region.width * region.height;
      }
    }
    pending.choice = best === null ? "" : best;
    pending.tap = {x: x, y: y};
    renderAnswerArea(pending.data);
    drawTapMark();
    updateSendState();
  }

  function drawTapMark() {
    var holder = $("scenario").querySelector(".scenario-picture");
    if (!holder || !pending) return;
    var old = holder.querySelector(".tap-mark");
    if (old) holder.removeChild(old);
    var regions = pending.data.regions || [];
    for (var i = 0; i < regions.length; i++) {
      if (regions[i].id !== pending.choice || regions[i].x === undefined) continue;
      var mark = make("div", "tap-mark");
      mark.style.left = (regions[i].x * 100) + "%";
      mark.style.top = (regions[i].y * 100) + "%";
      mark.style.width = (regions[i].width * 100) + "%";
      mark.style.height = (regions[i].height * 100) + "%";
      holder.appendChild(mark);
    }
  }

  function choiceButton(label, badge, pressed, onPress) {
    var button = make("button", "choice");
    button.type = "button";
    if (badge) button.appendChild(make("span", "badge", badge));
    button.appendChild(document.createTextNode(label));
    button.setAttribute("aria-pressed", pressed ? "true" : "false");
    button.disabled = sentFor === pending.question;
    button.addEventListener("click", onPress);
    return button;
  }

  function renderAnswerArea(data) {
    var area = $("answer-area");
    clear(area);
    var locked = sentFor === data.question;
    var chosen = locked && data.answered ? data.answered.answer : pending.choice;
    var i;
    if (data.type === "single") {
      for (i = 0; i < data.options.length; i++) {
        (function (option, number) {
          area.appendChild(choiceButton(option.label, number + ".", chosen === option.id, function () {
            pending.choice = option.id; renderAnswerArea(data); updateSendState();
          }));
        })(data.options[i], i + 1);
      }
    } else if (data.type === "true_false") {
      var sides = [true, false];
      for (i = 0; i < 2; i++) {
        (function (side) {
          area.appendChild(choiceButton(binaryLabel(data.wording, side), "", chosen === side, function () {
            pending.choice = side; renderAnswerArea(data); updateSendState();
          }));
        })(sides[i]);
      }
    } else if (data.type === "multiple") {
      area.appendChild(make("p", "hint", text("question.select_all")));
      var picked = chosen || [];
      for (i = 0; i < data.options.length; i++) {
        (function (option, number) {
          area.appendChild(choiceButton(option.label, number + ".", picked.indexOf(option.id) >= 0, function () {
            var at = pending.choice.indexOf(option.id);
            if (at >= 0) pending.choice.splice(at, 1); else pending.choice.push(option.id);
            renderAnswerArea(data); updateSendState();
          }));
        })(data.options[i], i + 1);
      }
    } else if (data.type === "ordering") {
      area.appendChild(make("p", "hint", text("question.order")));
      var order = locked && data.answered ? data.answered.answer : pending.order;
      var labels = {};
      for (i = 0; i < data.items.length; i++) labels[data.items[i].id] = data.items[i].label;
      for (i = 0; i < order.length; i++) {
        (function (position) {
          var row = make("div", "order-row");
          row.appendChild(make("span", "order-label", (position + 1) + ". " + labels[order[position]]));
          var up = make("button", null, "\u2191");
          up.type = "button";
          up.setAttribute("aria-label", text("question.move_up", {item: labels[order[position]]}));
          up.disabled = locked || position === 0;
          up.addEventListener("click", function () { move(position, -1); });
          var down = make("button", null, "\u2193");
          down.type = "button";
          down.setAttribute("aria-label", text("question.move_down", {item: labels[order[position]]}));
          down.disabled = locked || position === order.length - 1;
          down.addEventListener("click", function () { move(position, 1); });
          row.appendChild(up);
          row.appendChild(down);
          area.appendChild(row);
        })(i);
      }
    } else if (data.type === "hotspot") {
      area.appendChild(make("p", "hint", text(data.image ? "question.tap_or_choose" : "question.choose_part")));
      for (i = 0; i < data.regions.length; i++) {
        (function (region) {
          area.appendChild(choiceButton(region.label, "", chosen === region.id, function () {
            pending.choice = region.id; renderAnswerArea(data); drawTapMark(); updateSendState();
          }));
        })(data.regions[i]);
      }
    }
  }

  function move(position, step) {
    var order = pending.order, other = position + step;
    var kept = order[position];
    order[position] = order[other];
    order[other] = kept;
    renderAnswerArea(pending.data);
    updateSendState();
  }

  function chosenAnswer() {
    if (!pending) return null;
    if (pending.type === "ordering") return pending.order;
    if (pending.type === "multiple") return pending.choice.slice(0).sort(function (a, b) { return a - b; });
    return pending.choice;
  }

  function updateSendState() {
    var state = $("answer-state");
    var locked = pending && sentFor === pending.question;
    var ready = pending && (pending.type === "ordering" || pending.type === "multiple" ||
                            (pending.choice !== null && pending.choice !== undefined));
    $("send").disabled = !ready || locked || !!sending;
    $("send").hidden = locked;
    $("confidence").disabled = locked || !!sending;
    state.className = "answer-state" + (locked ? " sent" : "");
    if (locked) setText(state, text("question.sent"));
    else if (sending) setText(state, text("question.sending"));
    else if (!state.getAttribute("data-problem")) setText(state, "");
  }

  function send() {
    if (!pending || sending || sentFor === pending.question) return;
    var body = {player: saved.player, question: pending.question, answer: chosenAnswer()};
    if (pending.data.confidence && pending.type === "true_false") body.confidence = $("confidence").value / 100;
    sending = {question: pending.question, body: body, tries: 0};
    $("answer-state").removeAttribute("data-problem");
    updateSendState();
    deliver();
  }

  // The same answer may go again safely: the host answers it the same way.
  function deliver() {
    if (!sending) return;
    request("POST", "/api/answer", sending.body, function (statusCode, reply) {
      var question = sending ? sending.question : null;
      var state = $("answer-state");
      if (statusCode === 200) {
        sending = null;
        sentFor = question;
        if (current && current.data && current.data.question === question) current.data.answered = reply;
        // Drawn again so every answer button is locked on the answer sent.
        if (pending && pending.question === question) renderAnswerArea(pending.data);
        updateSendState();
        return;
      }
      if (statusCode === 0 || statusCode === 503 || statusCode === 429) {
        sending.tries++;
        setText(state, text("question.retrying"));
        setTimeout(deliver, RETRY_STEPS_MS[Math.min(sending.tries, RETRY_STEPS_MS.length - 1)]);
        return;
      }
      sending = null;
      state.className = "answer-state problem";
      state.setAttribute("data-problem", "1");
      if (statusCode === 403) { forget(); return; }
      setText(state, statusCode === 409 ? text("question.closed") : (reply.error || text("question.refused")));
      $("send").disabled = false;
    });
  }

  function describeAnswer(data, answer) {
    if (answer === null || answer === undefined) return "";
    if (data.type === "true_false") return binaryLabel(data.wording, answer);
    if (data.type === "hotspot") {
      for (var i = 0; i < data.shares.length; i++) if (data.shares[i].id === answer) return data.shares[i].label;
      return text("reveal.outside");
    }
    return "";
  }

  function renderReveal(data) {
    pending = null;
    setText($("reveal-progress"), text("question.progress", {index: data.index, count: data.count}));
    setText($("reveal-prompt"), data.prompt);
    var verdict = $("reveal-verdict");
    if (!data.yours) {
      verdict.className = "verdict";
      setText(verdict, text("reveal.no_answer"));
    } else {
      verdict.className = "verdict " + (data.yours.correct ? "right" : "wrong");
      setText(verdict, text(data.yours.correct ? "reveal.right" : data.yours.credit > 0 ? "reveal.partly" : "reveal.wrong",
                            {points: data.yours.points}));
    }
    var shares = $("reveal-shares");
    clear(shares);
    shares.appendChild(make("h2", null, text("reveal.class")));
    for (var i = 0; i < data.shares.length; i++) {
      var share = data.shares[i];
      var label = share.label;
      if (data.type === "true_false") label = binaryLabel(data.wording, share.id === "true");
      if (data.type === "ordering") label = text(share.id === "right" ? "reveal.order_right" : "reveal.order_other");
      if (data.type === "hotspot" && share.id === "") label = text("reveal.outside");
      var row = make("div", "share");
      row.appendChild(make("div", "share-label" + (share.correct ? " correct" : ""),
                           label + " \u2014 " + Math.round(share.share * 100) + " %"));
      var bar = make("div", "share-bar");
      var fill = make("div", "share-fill" + (share.correct ? " correct" : ""));
      fill.style.width = Math.round(share.share * 100) + "%";
      bar.appendChild(fill);
      row.appendChild(bar);
      shares.appendChild(row);
    }
    if (data.yours && describeAnswer(data, data.yours.answer)) {
      shares.appendChild(make("p", "hint", text("reveal.yours", {answer: describeAnswer(data, data.yours.answer)})));
    }
    setText($("reveal-explanation"), data.explanation);
    var names = [];
    for (var j = 0; j < (data.techniques || []).length; j++) names.push(data.techniques[j].name);
    setText($("reveal-techniques"), names.length ? text("reveal.techniques", {names: names.join(", ")}) : "");
    show("reveal");
  }

  function renderEnd(data) {
    pending = null;
    setText($("end-summary"), text("end.summary", {correct: data.correct, answered: data.answered, count: data.count, points: data.score}));
    show("end");
  }

  // ------------------------------------------------------------------ start
  function start() {
    var buttons = document.querySelectorAll(".language");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) { chooseLanguage(event.currentTarget.getAttribute("data-language")); });
    }
    $("join-form").addEventListener("submit", join);
    $("send").addEventListener("click", send);
    $("confidence").addEventListener("input", function () { setText($("confidence-value"), $("confidence").value + " %"); });
    $("confidence").addEventListener("change", function () { setText($("confidence-value"), $("confidence").value + " %"); });

    var code = queryParameter("code").replace(/[^0-9]/g, "").substring(0, 6);
    saved = loadSaved();
    // A code in the address that is not the stored game's means a new game.
    if (saved && code && saved.code !== code) { saved = null; store(null); }
    $("code").value = code || "";
    chooseLanguage(startingLanguage());
    request("GET", "/api/info", null, function (statusCode, info) {
      teams = statusCode === 200 && !!info.teams;
      setText($("name-label"), text(teams ? "join.team" : "join.nickname"));
    });
    if (saved && saved.player) {
      show("lobby");
      connect();
    } else {
      show("join");
      (code ? $("name") : $("code")).focus();
    }
  }

  start();
})();
