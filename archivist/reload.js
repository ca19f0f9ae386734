// archivist dev server: reload the page after each build, show build errors as an overlay.
// Served only by `build.py serve`; never part of a built site. Error text is inserted as text.
(() => {
  "use strict";
  const events = new EventSource("/__archivist/events");
  let overlay = null;

  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "archivist-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
        "background:rgba(20,20,24,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;";
      const title = document.createElement("h2");
      title.textContent = document.documentElement.lang === "ko"
        ? "빌드 오류 — 마지막으로 성공한 사이트를 보여 주고 있습니다"
        : "Build error — showing the last good site";
      title.style.cssText = "margin:0 0 1rem;font:600 18px/1.4 system-ui,sans-serif;color:#ff8a80;";
      const details = document.createElement("pre");
      details.style.cssText = "white-space:pre-wrap;margin:0;";
      overlay.append(title, details);
      document.body.append(overlay);
    }
    overlay.querySelector("pre").textContent = text;
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  events.addEventListener("reload", () => location.reload());
  events.addEventListener("build-error", (event) => show(event.data));
  events.addEventListener("ok", hide);
})();
