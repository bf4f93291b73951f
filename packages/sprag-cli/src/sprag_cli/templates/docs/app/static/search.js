// Client-side search over the prebuilt /search.json index. Only the /search page loads this
// file (a classic deferred script); every other page of the site ships no JavaScript.
(() => {
  const form = document.querySelector("form[data-search]");
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("search-status");
  const results = document.getElementById("search-results");
  let index = null;
  // a site exported with --base serves under a sub-path: the index URL says which
  const base = form.dataset.search.replace(/\/search\.json$/, "");

  async function load() {
    if (!index) {
      const response = await fetch(form.dataset.search);
      index = (await response.json()).map((doc) => ({
        doc,
        title: doc.title.toLowerCase(),
        headings: doc.headings.join(" ").toLowerCase(),
        meta: (doc.description + " " + doc.tags.join(" ")).toLowerCase(),
        text: doc.text.toLowerCase(),
      }));
    }
    return index;
  }

  function score(entry, words) {
    let total = 0;
    for (const word of words) {
      if (entry.title.includes(word)) total += 10;
      else if (entry.headings.includes(word)) total += 5;
      else if (entry.meta.includes(word)) total += 3;
      else if (entry.text.includes(word)) total += 1;
      else return 0;
    }
    return total;
  }

  function excerpt(entry, word) {
    const at = entry.text.indexOf(word);
    const text = entry.doc.text;
    if (at < 0) return entry.doc.description || text.slice(0, 160);
    const start = Math.max(0, at - 60);
    return (start ? "…" : "") + text.slice(start, at + 100) + "…";
  }

  async function run() {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query) {
      status.textContent = "";
      results.replaceChildren();
      return;
    }
    const words = query.toLowerCase().split(/\s+/);
    const hits = (await load())
      .map((entry) => [score(entry, words), entry])
      .filter(([points]) => points > 0)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 30);
    results.replaceChildren(...hits.map(([, entry]) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = base + entry.doc.url;
      link.textContent = entry.doc.title;
      const text = document.createElement("p");
      text.textContent = excerpt(entry, words[0]);
      item.append(link, text);
      return item;
    }));
    status.textContent = hits.length
      ? `${hits.length} result${hits.length === 1 ? "" : "s"} for “${query}”`
      : `No results for “${query}”`;
  }

  input.value = new URLSearchParams(location.search).get("q") || "";
  input.addEventListener("input", run);
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  run();
})();
