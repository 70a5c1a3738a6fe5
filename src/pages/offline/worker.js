// Syllabus's service worker, written by `syllabus build` with the line above it (SYLLABUS: this
// build's version and addresses). It keeps the course readable offline:
// - on install, the shell (the home page, My learning, the offline page, what they load, the
//   search files, course.json), the groups the learner saved, and the pages they had opened;
// - every page and file the learner opens, as it is opened;
// - the groups of "Save for offline" (a learning path, the whole course), on request.
// Caches are named by the build's version. A new build installs beside the old one and waits:
// the page offers "Reload" (offline.js), and only then does it take over and delete the old
// caches. Which groups were saved is kept apart from the versions, so that a new version
// fetches them again.
"use strict";

var SCOPE = self.registration.scope;
var PREFIX = "syllabus " + SCOPE + " ";
var CACHE = PREFIX + SYLLABUS.version;
var SAVED = PREFIX + "saved";
var SAVED_KEY = SCOPE + "saved-groups.json";
var PARALLEL = 4;

function address(path) { return new URL(path, SCOPE).href; }

// Pages are kept by their folder, as links name them; queries and anchors are the page's own.
function key(url) {
  var u = new URL(url);
  u.hash = "";
  u.search = "";
  if (u.pathname.endsWith("/index.html")) u.pathname = u.pathname.slice(0, -"index.html".length);
  return u.href;
}

function isOurs(url) {
  if (!url.startsWith(SCOPE)) return false;
  var path = url.slice(SCOPE.length);
  return path !== "sw.js" && !SYLLABUS.others.some(function (prefix) { return path.startsWith(prefix); });
}

// ---- What the site holds (offline.json of this version) ----
var siteData = null;
function data() {
  if (siteData) return Promise.resolve(siteData);
  return caches.open(CACHE)
    .then(function (cache) { return cache.match(address(SYLLABUS.data)); })
    .then(function (hit) { return hit || fetch(address(SYLLABUS.data), { cache: "no-cache" }); })
    .then(function (response) { return response.json(); })
    .then(function (json) { siteData = json; return json; });
}

function filesOf(json, numbers) {
  return numbers.map(function (n) { return { url: address(json.files[n][0]), size: json.files[n][1] }; });
}

function groupFiles(json, group) {
  var numbers = json.groups[group];
  return numbers ? filesOf(json, numbers) : [];
}

// ---- Which groups the learner saved (kept across versions) ----
function savedGroups() {
  return caches.open(SAVED)
    .then(function (cache) { return cache.match(SAVED_KEY); })
    .then(function (hit) { return hit ? hit.json() : []; })
    .catch(function () { return []; });
}

function keepSavedGroups(groups) {
  return caches.open(SAVED).then(function (cache) {
    return cache.put(SAVED_KEY, new Response(JSON.stringify(groups), { headers: { "Content-Type": "application/json" } }));
  });
}

// ---- Fetching into the cache ----
function fetchInto(cache, url) {
  return fetch(url, { cache: "no-cache", credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error(url + ": " + response.status);
    return cache.put(key(url), response);
  });
}

// Fetches `files` that `cache` lacks, PARALLEL at a time, calling `progress(bytesDone)` after
// each; resolves with the number of files that failed.
function fetchAll(cache, files, progress) {
  var next = 0;
  var done = 0;
  var failed = 0;
  function worker() {
    if (next >= files.length) return Promise.resolve();
    var file = files[next++];
    return cache.match(key(file.url))
      .then(function (hit) { return hit ? null : fetchInto(cache, file.url); })
      .catch(function () { failed++; })
      .then(function () { done += file.size; if (progress) progress(done); return worker(); });
  }
  var workers = [];
  for (var i = 0; i < PARALLEL; i++) workers.push(worker());
  return Promise.all(workers).then(function () { return failed; });
}

function unique(files) {
  var seen = {};
  return files.filter(function (f) { if (seen[f.url]) return false; seen[f.url] = true; return true; });
}

// ---- Install: the shell must all arrive; the learner's groups and pages come as they can ----
self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return fetch(address(SYLLABUS.data), { cache: "no-cache" }).then(function (response) {
      if (!response.ok) throw new Error("offline.json: " + response.status);
      return response.clone().json().then(function (json) {
        // A deploy halfway through: this worker is not that site's; the next check tries again.
        if (json.version !== SYLLABUS.version) throw new Error("offline.json of another version");
        siteData = json;
        return cache.put(address(SYLLABUS.data), response).then(function () {
          return Promise.all(filesOf(json, json.shell).map(function (f) { return fetchInto(cache, f.url); }));
        }).then(function () { return carriedOver(json); })
          .then(function (files) { return fetchAll(cache, files); });
      });
    });
  }).then(function () {
    // The first worker has nothing to replace, so it need not wait for a reload.
    if (!self.registration.active) return self.skipWaiting();
  }));
});

// What the learner had before this version: the files of their saved groups, and the pages and
// files of the last version's cache that this version still has.
function carriedOver(json) {
  var known = {};
  json.files.forEach(function (f) { known[address(f[0])] = f[1]; });
  return Promise.all([savedGroups(), caches.keys()]).then(function (found) {
    var files = [];
    found[0].forEach(function (group) { files = files.concat(groupFiles(json, group)); });
    var old = found[1].filter(function (name) { return name.startsWith(PREFIX) && name !== CACHE && name !== SAVED; });
    return Promise.all(old.map(function (name) {
      return caches.open(name).then(function (cache) { return cache.keys(); });
    })).then(function (lists) {
      lists.forEach(function (requests) {
        requests.forEach(function (request) {
          if (known[request.url] !== undefined) files.push({ url: request.url, size: known[request.url] });
        });
      });
      return unique(files);
    });
  });
}

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.startsWith(PREFIX) && name !== CACHE && name !== SAVED;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); })
    // A group saved while this version waited was saved into the last one: fetch what it lacks.
    .then(function () { return Promise.all([data(), savedGroups(), caches.open(CACHE)]); })
    .then(function (found) {
      var files = [];
      found[1].forEach(function (group) { files = files.concat(groupFiles(found[0], group)); });
      return fetchAll(found[2], unique(files));
    }).catch(function () { /* offline now: the next save or version fetches them */ }));
});

// ---- Requests: this version's copy first; else the network, kept; else the offline page ----
self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || !isOurs(request.url)) return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key(request.url)).then(function (hit) {
      if (hit) return hit;
      return fetch(request).then(function (response) {
        if (response.ok && response.type === "basic") {
          var copy = response.clone();
          event.waitUntil(cache.put(key(request.url), copy).catch(function () { /* full: not kept */ }));
        }
        return response;
      }, function (error) {
        if (request.mode === "navigate") return offlinePage(cache, request.url);
        throw error;
      });
    });
  }));
});

// The offline page at the address that could not be opened (so that reloading it online opens
// it), with its links resolved from its own folder.
function offlinePage(cache) {
  var page = address(SYLLABUS.offline);
  return cache.match(page).then(function (hit) {
    if (!hit) return Response.error();
    return hit.text().then(function (html) {
      return new Response(html.replace("<head>", '<head><base href="' + page + '">'), {
        headers: { "Content-Type": "text/html; charset=utf-8" }
      });
    });
  });
}

// ---- Messages of the pages (offline.js) ----
function tell(message) {
  return self.clients.matchAll({ includeUncontrolled: true }).then(function (clients) {
    clients.forEach(function (client) { client.postMessage(message); });
  });
}

function status() {
  return Promise.all([savedGroups(), caches.open(CACHE).then(function (c) { return c.keys(); })])
    .then(function (found) {
      return {
        type: "status",
        version: SYLLABUS.version,
        saved: found[0],
        cached: found[1].map(function (r) { return r.url.slice(SCOPE.length); })
      };
    });
}

var saving = {};
function save(group) {
  if (saving[group]) return saving[group];
  saving[group] = data().then(function (json) {
    var files = groupFiles(json, group);
    if (!files.length) throw new Error("no such group: " + group);
    var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
    return caches.open(CACHE).then(function (cache) {
      return fetchAll(cache, files, function (done) {
        tell({ type: "progress", group: group, done: done, total: total });
      });
    }).then(function (failed) {
      if (failed) throw new Error(failed + " files could not be fetched");
      return savedGroups();
    }).then(function (groups) {
      if (groups.indexOf(group) < 0) groups.push(group);
      return keepSavedGroups(groups);
    });
  }).then(function () {
    return tell({ type: "saved", group: group });
  }, function () {
    return tell({ type: "save-failed", group: group });
  }).then(function () { delete saving[group]; });
  return saving[group];
}

// Forgets `group` and deletes its files, but not the shell's or another saved group's.
function remove(group) {
  return Promise.all([data(), savedGroups()]).then(function (found) {
    var json = found[0];
    var groups = found[1].filter(function (g) { return g !== group; });
    var kept = {};
    filesOf(json, json.shell).forEach(function (f) { kept[f.url] = true; });
    groups.forEach(function (g) { groupFiles(json, g).forEach(function (f) { kept[f.url] = true; }); });
    return keepSavedGroups(groups).then(function () { return caches.open(CACHE); }).then(function (cache) {
      return Promise.all(groupFiles(json, group).filter(function (f) { return !kept[f.url]; })
        .map(function (f) { return cache.delete(key(f.url)); }));
    });
  }).then(function () { return tell({ type: "removed", group: group }); });
}

self.addEventListener("message", function (event) {
  var message = event.data || {};
  var reply = function (answer) { if (event.source) event.source.postMessage(answer); };
  if (message.type === "skip-waiting") {
    self.skipWaiting();
  } else if (message.type === "status") {
    event.waitUntil(status().then(reply));
  } else if (message.type === "save" && typeof message.group === "string") {
    event.waitUntil(save(message.group));
  } else if (message.type === "remove" && typeof message.group === "string") {
    event.waitUntil(remove(message.group));
  }
});
