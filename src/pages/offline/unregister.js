// Syllabus: this site is not kept for offline reading (`offline: false` in course.yaml, or a
// preview by `syllabus serve`). A browser that kept an earlier version of it updates its service
// worker to this one, which deletes what that worker kept, unregisters itself and reloads the
// site's open pages, so that no learner stays on an old copy.
"use strict";

var PREFIX = "syllabus " + self.registration.scope + " ";

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.startsWith(PREFIX); })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return self.registration.unregister();
  }).then(function () {
    return self.clients.matchAll({ type: "window" });
  }).then(function (clients) {
    clients.forEach(function (client) { client.navigate(client.url); });
  }));
});
