// Entwurf prüfen: the verdict focused, drag and drop onto the file field, and a note while the check runs.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // after a check: the verdict first, with focus, so a screen reader reads it at once
  const verdict = document.getElementById("zusammenfassung");
  if (verdict) verdict.focus();
  const zone = document.getElementById("ablage");
  const input = document.getElementById("dateien");
  const list = document.getElementById("dateiliste");
  const form = document.getElementById("pruefen-form");
  const show = () => {
    const names = Array.from(input.files).map((f) => f.name);
    list.textContent = names.length ? "Ausgewählt: " + names.join(", ") : "";
  };
  input.addEventListener("change", show);
  ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (event) => {
    event.preventDefault();
    zone.classList.add("ueber");
  }));
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("ueber")));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });
  form.addEventListener("submit", () => {
    document.getElementById("pruefen-knopf").disabled = true;
    document.getElementById("pruefen-status").textContent = "Die Dateien werden geprüft, bitte warten …";
  });
});
