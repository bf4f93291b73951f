/* A classic script that defines a global, like many older libraries (vendored, no network). */
window.WordCount = {
  count: function (text) {
    var words = String(text).trim().split(/\s+/);
    return words[0] === "" ? 0 : words.length;
  },
};
