/* Patient portal script: the idle sign-out warning on every page, and the streaming chat.
 *
 * Plain ES2017, no build step, no library. Loaded with the CSP nonce; it never injects HTML
 * from the server or the model: every text goes in through textContent, and links are built
 * only for same-origin paths.
 */
(function () {
  "use strict";

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /* ---------------------------------------------------------------- idle sign-out ------ */

  /* The server keeps the idle clock (compliance's SessionIdleTimeoutMiddleware): every
     request resets it. The page counts down from its own last request, asks the server
     (GET /api/session, which does not count as activity) before warning, so activity in
     another tab is respected, and signs out when the time is up. */
  var Idle = {
    timeout: 0,
    warning: 0,
    deadline: 0,
    timer: null,
    dialog: null,
    checking: false,
    previousFocus: null,

    init: function () {
      var body = document.body;
      this.timeout = parseInt(body.getAttribute("data-idle-timeout") || "0", 10);
      this.warning = parseInt(body.getAttribute("data-idle-warning") || "0", 10);
      this.keepaliveUrl = body.getAttribute("data-keepalive-url");
      this.sessionUrl = body.getAttribute("data-session-url");
      this.signedOutUrl = body.getAttribute("data-signed-out-url");
      this.dialog = document.getElementById("idle-warning");
      if (!this.timeout || !this.dialog) return;
      var self = this;
      document.getElementById("idle-stay").addEventListener("click", function () {
        self.stay();
      });
      document.getElementById("idle-logout-form").addEventListener("submit", function () {
        document.getElementById("idle-reason").value = "user";
      });
      this.dialog.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { event.preventDefault(); self.stay(); }
        if (event.key === "Tab") self.trapFocus(event);
      });
      this.touched();
      this.timer = window.setInterval(function () { self.tick(); }, 1000);
    },

    touched: function (remainingSeconds) {
      var seconds = remainingSeconds || this.timeout;
      this.deadline = Date.now() + seconds * 1000;
      if (this.dialog && !this.dialog.hidden) this.hide();
    },

    secondsLeft: function () {
      return Math.round((this.deadline - Date.now()) / 1000);
    },

    tick: function () {
      var left = this.secondsLeft();
      if (left > this.warning || this.checking) return;
      if (this.dialog.hidden) {
        this.check(left);
        return;
      }
      document.getElementById("idle-countdown").textContent = String(Math.max(left, 0));
      if (left <= 0) this.check(left);
    },

    /* Ask the server how long the session really has before warning or signing out. */
    check: function (left) {
      var self = this;
      this.checking = true;
      fetch(this.sessionUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { authenticated: false }; })
        .then(function (data) {
          self.checking = false;
          if (!data.authenticated || data.expires_in <= 0) { self.signOut(); return; }
          self.deadline = Date.now() + data.expires_in * 1000;
          if (data.expires_in > self.warning) { if (!self.dialog.hidden) self.hide(); return; }
          if (self.dialog.hidden) self.show();
          document.getElementById("idle-countdown").textContent = String(data.expires_in);
        })
        .catch(function () {
          self.checking = false;
          if (left <= 0) self.signOut(); else if (self.dialog.hidden) self.show();
        });
    },

    show: function () {
      this.previousFocus = document.activeElement;
      document.getElementById("idle-countdown").textContent = String(Math.max(this.secondsLeft(), 0));
      this.dialog.hidden = false;
      document.getElementById("idle-stay").focus();
    },

    hide: function () {
      this.dialog.hidden = true;
      if (this.previousFocus && this.previousFocus.focus) this.previousFocus.focus();
    },

    trapFocus: function (event) {
      var focusable = this.dialog.querySelectorAll("button");
      var first = focusable[0];
      var last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    },

    stay: function () {
      var self = this;
      fetch(this.keepaliveUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(), "Accept": "application/json" }
      }).then(function (response) {
        if (!response.ok || response.redirected) { self.signOut(); return null; }
        return response.json();
      }).then(function (data) {
        if (data) self.touched(data.remaining_seconds);
      }).catch(function () { /* the countdown goes on; the server decides */ });
    },

    /* Ends the session (if the server has not already) and shows the sign-in page, which
       says why. Whatever the outcome of the POST, the page is left. */
    signOut: function () {
      var self = this;
      window.clearInterval(this.timer);
      var form = document.getElementById("idle-logout-form");
      var done = function () { window.location.assign(self.signedOutUrl); };
      fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken() },
        body: new URLSearchParams({ reason: "idle", csrfmiddlewaretoken: csrfToken() })
      }).then(done, done);
    }
  };

  /* ---------------------------------------------------------------- chat --------------- */

  /* Reads a text/event-stream body and calls onEvent(name, data) per event. */
  function readEventStream(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";

    function dispatch(block) {
      var name = "message";
      var data = [];
      block.split("\n").forEach(function (line) {
        if (line.indexOf("event:") === 0) name = line.slice(6).trim();
        else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
      });
      if (!data.length) return;
      var raw = data.join("\n");
      var parsed = raw;
      try { parsed = JSON.parse(raw); } catch (e) { /* plain text data */ }
      onEvent(name, parsed);
    }

    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          if (buffer.trim()) dispatch(buffer);
          return;
        }
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, "\n");
        var parts = buffer.split("\n\n");
        buffer = parts.pop();
        parts.forEach(dispatch);
        return pump();
      });
    }
    return pump();
  }

  function safeHref(url) {
    /* Only same-origin paths become links: a citation can never point elsewhere. */
    if (typeof url !== "string" || url.charAt(0) !== "/" || url.charAt(1) === "/") return null;
    return url;
  }

  /* Numbered options ("1. Tuesday 10:00 with Dr. A") become buttons that send the number. */
  function parseChoices(text) {
    var choices = [];
    (text || "").split("\n").forEach(function (line) {
      var match = /^\s*([1-9])[.)]\s+(.+?)\s*$/.exec(line);
      if (match) choices.push({ value: match[1], label: match[2] });
    });
    return choices;
  }

  function asksYesNo(text) {
    return /answer yes or no\.?\s*$/i.test(text || "");
  }

  var Chat = {
    init: function (root) {
      this.root = root;
      this.log = root.querySelector("#chat-log");
      this.form = root.querySelector("#chat-form");
      this.input = root.querySelector("#chat-input");
      this.send = root.querySelector("#chat-send");
      this.status = root.querySelector("#chat-status");
      this.createUrl = root.getAttribute("data-create-url");
      this.messagesUrlTemplate = root.getAttribute("data-messages-url");
      this.handoffUrlTemplate = root.getAttribute("data-handoff-url");
      this.conversationId = root.getAttribute("data-conversation-id") || "";
      this.busy = false;
      var self = this;
      this.form.addEventListener("submit", function (event) {
        event.preventDefault();
        self.submit(self.input.value);
      });
      this.input.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.shiftKey) {
          event.preventDefault();
          self.submit(self.input.value);
        }
      });
      root.querySelector("#talk-to-human").addEventListener("click", function () {
        self.submit("I would like to talk to a person, please.");
      });
      this.log.scrollTop = this.log.scrollHeight;
    },

    setBusy: function (busy, statusText) {
      this.busy = busy;
      this.send.disabled = busy;
      this.log.setAttribute("aria-busy", busy ? "true" : "false");
      this.status.textContent = statusText || "";
    },

    bubble: function (role, text) {
      var who = { patient: "You", assistant: "Assistant", staff: "Clinic staff" }[role] || role;
      var node = el("div", "bubble bubble--" + role);
      node.appendChild(el("span", "bubble__who", who));
      node.appendChild(el("span", "bubble__text", text));
      this.log.appendChild(node);
      this.log.scrollTop = this.log.scrollHeight;
      return node;
    },

    ensureConversation: function () {
      if (this.conversationId) return Promise.resolve(this.conversationId);
      var self = this;
      return fetch(this.createUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "X-CSRFToken": csrfToken(),
          "Content-Type": "application/json",
          "Accept": "application/json"
        },
        body: "{}"
      }).then(function (response) {
        Idle.touched();
        if (!response.ok) throw new Error("create " + response.status);
        return response.json();
      }).then(function (data) {
        self.conversationId = String(data.id);
        self.root.setAttribute("data-conversation-id", self.conversationId);
        return self.conversationId;
      });
    },

    submit: function (text) {
      text = (text || "").trim();
      if (!text || this.busy) return;
      var self = this;
      this.input.value = "";
      this.clearChoices();
      this.bubble("patient", text);
      var reply = this.bubble("assistant", "");
      reply.classList.add("bubble--streaming");
      this.setBusy(true, "The assistant is writing…");
      this.ensureConversation().then(function (id) {
        var url = self.messagesUrlTemplate.replace("/0/", "/" + id + "/");
        return fetch(url, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "X-CSRFToken": csrfToken(),
            "Content-Type": "application/json",
            "Accept": "text/event-stream"
          },
          body: JSON.stringify({ text: text })
        });
      }).then(function (response) {
        Idle.touched();
        if (response.redirected || response.status === 401 || response.status === 403) {
          window.location.reload();
          return null;
        }
        if (!response.ok) throw new Error("post " + response.status);
        var contentType = response.headers.get("Content-Type") || "";
        if (contentType.indexOf("text/event-stream") === -1) {
          return response.json().then(function (data) { self.finish(reply, data); });
        }
        return readEventStream(response, function (name, data) { self.onEvent(reply, name, data); });
      }).catch(function () {
        self.failed(reply);
      }).then(function () {
        reply.classList.remove("bubble--streaming");
        if (self.busy) self.setBusy(false, "");
        if (!reply.querySelector(".bubble__text").textContent) self.failed(reply);
      });
    },

    onEvent: function (reply, name, data) {
      var textNode = reply.querySelector(".bubble__text");
      if (name === "delta" || name === "token") {
        var piece = typeof data === "string" ? data : (data.text || data.delta || "");
        textNode.textContent += piece;
        this.log.scrollTop = this.log.scrollHeight;
      } else if (name === "emergency") {
        this.emergency(typeof data === "object" ? data : { text: String(data) });
      } else if (name === "error") {
        this.failed(reply, typeof data === "object" ? data.message : String(data));
      } else if (name === "reply" || name === "done" || name === "message") {
        if (typeof data === "object" && data !== null && "text" in data) this.finish(reply, data);
      }
    },

    finish: function (reply, data) {
      reply.classList.remove("bubble--streaming");
      reply.querySelector(".bubble__text").textContent = data.text || "";
      if (data.message_id) reply.id = "message-" + data.message_id;
      this.citations(reply, data.citations || []);
      if (data.emergency) this.emergency(data);
      this.choices(data);
      var status = data.handoff ? "A member of the clinic staff will reply here." : "";
      this.setBusy(false, status);
      this.log.scrollTop = this.log.scrollHeight;
    },

    failed: function (reply, message) {
      reply.classList.remove("bubble--streaming");
      reply.querySelector(".bubble__text").textContent = message ||
        "Sorry, the assistant could not answer just now. Please try again, or call the clinic.";
      this.setBusy(false, "");
    },

    citations: function (reply, citations) {
      if (!citations.length) return;
      var box = el("div", "citations");
      box.appendChild(el("span", null, "Sources:"));
      var list = el("ol");
      citations.forEach(function (citation, index) {
        var item = el("li");
        var title = citation.title || "Clinic information, source " + (index + 1);
        var href = safeHref(citation.url || citation.source);
        if (href) {
          var link = el("a", "citation", title);
          link.href = href;
          item.appendChild(link);
        } else {
          item.textContent = title;
        }
        list.appendChild(item);
      });
      box.appendChild(list);
      reply.appendChild(box);
    },

    clearChoices: function () {
      var old = this.log.querySelectorAll(".choices");
      Array.prototype.forEach.call(old, function (node) { node.remove(); });
    },

    choices: function (data) {
      var self = this;
      /* Only the booking dialogue offers choices; a quoted passage may hold a numbered list. */
      var dialogue = ["book", "cancel", "reschedule"].indexOf(data.intent) !== -1;
      if (!dialogue) return;
      var options = data.options || parseChoices(data.text);
      var yesNo = asksYesNo(data.text);
      if (!options.length && !yesNo) return;
      var group = el("div", "choices");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", yesNo ? "Answer" : "Choose an option");
      if (yesNo) {
        options = [
          { value: "yes", label: "Yes, confirm", kind: "confirm" },
          { value: "no", label: "No", kind: "decline" }
        ];
      }
      options.forEach(function (option) {
        var button = el("button", "button" + (option.kind === "decline" ? " button--secondary" : ""),
          option.label);
        button.type = "button";
        if (!yesNo) button.className = "button button--secondary slot-choice";
        button.setAttribute("data-value", option.value);
        button.addEventListener("click", function () { self.submit(option.value); });
        group.appendChild(button);
      });
      this.log.lastElementChild.appendChild(group);
      group.querySelector("button").focus();
    },

    emergency: function (data) {
      if (this.root.querySelector("#emergency")) return;
      var template = document.getElementById("emergency-template");
      var box = template.content.firstElementChild.cloneNode(true);
      box.id = "emergency";
      if (data.text) box.querySelector(".emergency__text").textContent = data.text;
      wireEmergency(box);
      this.root.insertBefore(box, this.root.firstChild);
      box.focus();
    }
  };

  /* The emergency box stays on screen: acknowledging it needs a tick and a click, and even
     then it only loses its buttons, never its message. */
  function wireEmergency(box) {
    var ack = box.querySelector(".emergency__ack");
    var checkbox = box.querySelector(".emergency__check");
    if (!ack || !checkbox) return;
    checkbox.addEventListener("change", function () { ack.disabled = !checkbox.checked; });
    ack.addEventListener("click", function () {
      box.classList.add("emergency--acknowledged");
      ack.parentNode.remove();
      checkbox.closest("label").remove();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Idle.init();
    var chat = document.getElementById("chat");
    if (chat) Chat.init(chat);
    var shown = document.getElementById("emergency");
    if (shown) { wireEmergency(shown); shown.focus(); }
    var main = document.getElementById("main");
    if (main && window.location.hash === "#main") main.focus();
  });
})();
