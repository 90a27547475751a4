// Entwurf prüfen: "Texterkennung Seite n von m" while a scan is read (kimdocs/web/fortschritt.py).
// A PDF or an image may be a scan: such uploads are posted to /pruefen/fortschritt, whose
// NDJSON lines name each page recognised, then bring the result page. Without JavaScript,
// or when that answer cannot start, the form posts to /pruefen as before.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("pruefen-form");
  const input = document.getElementById("dateien");
  const status = document.getElementById("pruefen-status");
  if (!form || !input || !status || !window.fetch || !window.TextDecoder) return;
  const mayBeScan = (file) => /\.(pdf|tiff?|png|jpe?g)$/i.test(file.name) || /^image\//.test(file.type);
  const plain = () => HTMLFormElement.prototype.submit.call(form);  // no submit event: no loop
  const show = (html) => {
    document.open();
    document.write(html);
    document.close();
  };
  form.addEventListener("submit", async (event) => {
    if (!Array.from(input.files).some(mayBeScan)) return;
    event.preventDefault();
    let answer;
    try {
      answer = await fetch("/pruefen/fortschritt", {method: "POST", body: new FormData(form),
                                                    credentials: "same-origin"});
    } catch (err) {
      plain();
      return;
    }
    if (!answer.ok || !answer.body) {
      plain();  // busy, no file, a login: the plain post shows the page that says so
      return;
    }
    const reader = answer.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const {value, done} = await reader.read();
      if (value) buffer += decoder.decode(value, {stream: true});
      let cut;
      while ((cut = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, cut).trim();
        buffer = buffer.slice(cut + 1);
        if (!line) continue;
        const item = JSON.parse(line);
        if (item.html !== undefined) {
          show(item.html);
          return;
        }
        if (item.meldung !== undefined) {
          status.textContent = item.meldung;
          document.getElementById("pruefen-knopf").disabled = false;
          return;
        }
        if (item.text) status.textContent = item.text;
      }
      if (done) return;
    }
  });
});
