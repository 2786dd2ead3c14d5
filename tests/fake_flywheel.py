"""A small Flywheel API on 127.0.0.1 for the integration tests.

It serves exactly the paths and JSON shapes that flywheel-sdk 23.0.0 and
fw-client 2.3.4 send and parse (read from their API and model modules), keeps
its state in memory, and records every request, so tests can assert what the
gear really asked Flywheel to do. `faults` injects failures: a queue of
(method, path-prefix, status[, let_through_first_n[, done_anyway]]) consumed by
the first matching request (after letting the first n matching ones through);
with done_anyway the request takes effect and only its reply is an error.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

READER_ACTIONS = ["annotations_edit_others", "annotations_manage", "annotations_view_others",
                  "form_responses_view_others", "reader_task_view"]


def _oid() -> str:
    return uuid.uuid4().hex[:24]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


@dataclass
class Recorded:
    method: str
    path: str
    query: dict
    body: object
    headers: dict
    status: int = 0


def _get(doc, dotted: str):
    for part in dotted.split("."):
        if not isinstance(doc, dict):
            return None
        doc = doc.get(part)
    return doc


def _matches(doc: dict, flt: str | None) -> bool:
    """Flywheel's comma-separated filter: `a.b=x`, `a!=x`; enough for what the gear sends."""
    if not flt:
        return True
    for clause in re.split(r"(?<!\\),", flt):
        m = re.match(r"([\w.]+)(!=|=)(.*)", clause)
        if not m:
            raise ValueError(f"unsupported filter clause {clause!r}")
        key, op, value = m.groups()
        actual = _get(doc, key)
        if key == "_id" and actual is None:
            actual = doc.get("id")
        hit = value in actual if isinstance(actual, list) else str(actual) == value
        if (op == "=") != hit:
            return False
    return True


def _page(items: list, query: dict) -> dict:
    skip = int(query.get("skip", 0) or 0)
    limit = int(query.get("limit", 0) or 0) or len(items)
    results = items[skip: skip + limit]
    return {"count": len(results), "total": len(items), "results": results}


@dataclass
class State:
    users: dict = field(default_factory=dict)
    roles: dict = field(default_factory=dict)
    groups: dict = field(default_factory=dict)
    projects: dict = field(default_factory=dict)
    acquisitions: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)
    jobs: dict = field(default_factory=dict)
    rules: dict = field(default_factory=dict)
    gears: dict = field(default_factory=dict)
    protocols: dict = field(default_factory=dict)
    tasks: dict = field(default_factory=dict)
    annotations: dict = field(default_factory=dict)
    responses: dict = field(default_factory=dict)
    batches: dict = field(default_factory=dict)


class FakeFlywheel:
    """Start with `with FakeFlywheel() as fw:`; `fw.api_key` is what the gear is given."""

    KEY = "fakekey0123456789"

    def __init__(self) -> None:
        self.state = State()
        self.requests: list[Recorded] = []
        self.faults: list[tuple] = []
        self.slow: list[tuple[str, str, float]] = []  # (method, path-prefix, seconds): one late reply each
        self.me = "admin@example.org"
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.add_user(self.me)
        reader = self.add_role("Reader", READER_ACTIONS)
        self.reader_role = reader
        self.viewer_role = self.add_role("read-only", ["containers_view_metadata", "reader_task_view"])

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> FakeFlywheel:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def api_key(self) -> str:
        return f"127.0.0.1:{self.port}:__force_insecure:{self.KEY}"

    # -- seeding ---------------------------------------------------------------

    def add_user(self, email: str) -> dict:
        user = {"_id": email, "email": email, "firstname": email.split("@")[0], "lastname": "Test",
                "disabled": False, "created": _now(), "modified": _now()}
        self.state.users[email] = user
        return user

    def add_role(self, label: str, actions: list[str]) -> dict:
        role = {"_id": _oid(), "label": label, "actions": actions, "in_use": True}
        self.state.roles[role["_id"]] = role
        return role

    def add_project(self, group: str = "radiology", label: str = "deid", members: dict | None = None) -> dict:
        self.state.groups.setdefault(group, {"_id": group, "label": group})
        project = {"_id": _oid(), "label": label, "group": group, "parents": {"group": group},
                   "permissions": [{"_id": self.me, "role_ids": [self.reader_role["_id"]]}],
                   "info": {}, "tags": [], "created": _now(), "modified": _now()}
        for email, role in (members or {}).items():
            if email not in self.state.users:
                self.add_user(email)
            project["permissions"].append({"_id": email, "role_ids": [role["_id"]]})
        self.state.projects[project["_id"]] = project
        return project

    def add_file(self, project: dict, name: str, *, modality: str = "CT", tags=(), ftype: str = "dicom") -> dict:
        acq_id = _oid()
        session_id, subject_id = _oid(), _oid()
        parents = {"group": project["group"], "project": project["_id"], "subject": subject_id,
                   "session": session_id, "acquisition": acq_id}
        self.state.acquisitions[acq_id] = {"_id": acq_id, "label": f"acq {name}", "parents": parents}
        file_id = _oid()
        doc = {"_id": _oid(), "file_id": file_id, "name": name, "type": ftype, "modality": modality,
               "tags": list(tags), "version": 1, "mimetype": "application/dicom", "size": 1,
               "parent_ref": {"type": "acquisition", "id": acq_id}, "parents": parents, "info": {},
               "origin": {"type": "user", "id": self.me}, "created": _now(), "modified": _now()}
        self.state.files[file_id] = doc
        return doc

    def add_job(self, file: dict, origin: dict, rule_id: str | None = None, gear_id: str = "g" * 24) -> dict:
        job = {"id": _oid(), "gear_id": gear_id, "rule_id": rule_id, "state": "running", "origin": origin,
               "inputs": {"image_file": {"type": "acquisition", "id": file["parent_ref"]["id"],
                                         "name": file["name"]}},
               "destination": {"type": "acquisition", "id": file["parent_ref"]["id"]},
               "parents": dict(file["parents"]), "config": {}, "created": _now(), "modified": _now()}
        self.state.jobs[job["id"]] = job
        return job

    def add_rule(self, project: dict, gear_id: str, last_modified_by: str) -> dict:
        rule = {"_id": _oid(), "project_id": project["_id"], "gear_id": gear_id, "name": "auto PHI review",
                "config": {}, "any": [], "all": [], "not": [], "disabled": False,
                "last_modified_by": {"type": "user", "id": last_modified_by}}
        self.state.rules[rule["_id"]] = rule
        return rule

    def add_gear(self, name: str = "presidio-image-redactor", version: str = "0.2.0") -> dict:
        gear = {"_id": _oid(), "category": "converter", "created": _now(), "modified": _now(),
                "gear": {"name": name, "version": version, "label": name, "description": "", "author": "",
                         "maintainer": "", "license": "MIT", "source": "", "url": "", "inputs": {}, "config": {}}}
        self.state.gears[gear["_id"]] = gear
        return gear

    def complete_task(self, task_id: str, answer: str = "no") -> dict:
        task = self.state.tasks[task_id]
        task["status"] = "completed"
        task["modified"] = _now()
        resp = {"_id": _oid(), "task_id": task_id, "protocol_id": task["protocol_id"],
                "data": {"phi_captured_correctly": answer}, "submitted": True, "submitted_at": _now(),
                "origin": {"type": "user", "id": task["assignee"]["id"]}, "parents": dict(task["parents"]),
                "created": _now(), "modified": _now(), "revision": 1}
        self.state.responses[resp["_id"]] = resp
        return resp

    def reader_draws(self, task_id: str, annotation_data: dict) -> dict:
        """What the OHIF viewer posts when a reader draws a rectangle."""
        task = self.state.tasks[task_id]
        ann = {"_id": _oid(), "task_id": task_id,
               "file_ref": {"file_id": task["parent_ref"]["id"], "version": 1},
               "origin": {"type": "user", "id": task["assignee"]["id"]}, "data": annotation_data,
               "parents": dict(task["parents"]), "created": _now(), "modified": _now()}
        self.state.annotations[ann["_id"]] = ann
        return ann

    # -- inspection ------------------------------------------------------------

    def calls(self, method: str, prefix: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.path.startswith(prefix)]

    def writes(self) -> list[Recorded]:
        return [r for r in self.requests if r.method in ("POST", "PUT", "PATCH", "DELETE")]

    # -- HTTP ------------------------------------------------------------------

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep pytest output clean
                pass

            def _serve(self):
                split = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(split.query).items()}
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except json.JSONDecodeError:
                    body = raw.decode("latin-1")
                rec = Recorded(self.command, split.path, query, body, dict(self.headers.items()))
                with fake._lock:
                    fake.requests.append(rec)
                    status, payload = fake._dispatch(rec)
                rec.status = status
                for i, (method, prefix, seconds) in enumerate(list(fake.slow)):
                    if method == rec.method and rec.path.startswith(prefix):
                        del fake.slow[i]
                        time.sleep(seconds)  # the work is done; only the reply is late
                        break
                data = b"" if payload is None else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        return Handler

    def _dispatch(self, rec: Recorded) -> tuple[int, object]:
        auth = rec.headers.get("authorization") or rec.headers.get("Authorization") or ""
        if auth != f"scitran-user {self.KEY}":
            return 401, {"message": "not authenticated", "status_code": 401}
        for i, fault in enumerate(self.faults):
            method, prefix, status = fault[:3]
            if method == rec.method and rec.path.startswith(prefix):
                if len(fault) > 3 and fault[3] > 0:  # (method, prefix, status, let_through_first_n)
                    self.faults[i] = (*fault[:3], fault[3] - 1, *fault[4:])
                    break
                del self.faults[i]
                if len(fault) > 4 and fault[4]:  # the server did the work, then the reply was lost
                    self._route(rec)
                return status, {"message": f"injected {status}", "status_code": status}
        return self._route(rec)

    def _route(self, rec: Recorded) -> tuple[int, object]:
        for method, pattern, func in ROUTES:
            if method != rec.method:
                continue
            m = re.fullmatch(pattern, rec.path)
            if m:
                try:
                    return func(self, rec, *m.groups())
                except KeyError as exc:
                    return 404, {"message": f"not found: {exc}", "status_code": 404}
        return 404, {"message": f"no route {rec.method} {rec.path}", "status_code": 404}


ROUTES: list = []


def route(method: str, pattern: str):
    def deco(func):
        ROUTES.append((method, pattern, func))
        return func

    return deco


@route("GET", r"/api/auth/status")
def _auth_status(fw: FakeFlywheel, rec):
    return 200, {"origin": {"type": "user", "id": fw.me}, "user_id": fw.me, "user_is_admin": True,
                 "is_device": False, "roles": ["user"]}


@route("GET", r"/api/version")
def _version(fw, rec):
    return 200, {"release": "20.0.0", "flywheel_release": "20.0.0"}


@route("GET", r"/api/users/self")
def _me(fw, rec):
    return 200, fw.state.users[fw.me]


@route("GET", r"/api/users/([^/]+)")
def _user(fw, rec, uid):
    return 200, fw.state.users[uid]


@route("GET", r"/api/roles")
def _roles(fw, rec):
    return 200, list(fw.state.roles.values())


@route("GET", r"/api/projects/(\w+)")
def _project(fw, rec, pid):
    return 200, fw.state.projects[pid]


@route("GET", r"/api/projects/(\w+)/rules")
def _rules(fw, rec, pid):
    return 200, [r for r in fw.state.rules.values() if r["project_id"] == pid]


@route("GET", r"/api/projects/(\w+)/rules/(\w+)")
def _rule(fw, rec, pid, rid):
    return 200, fw.state.rules[rid]


@route("GET", r"/api/files/(\w+)")
def _file(fw, rec, fid):
    return 200, fw.state.files[fid]


@route("GET", r"/api/files")
def _files(fw, rec):
    items = [f for f in fw.state.files.values() if _matches(f, rec.query.get("filter"))]
    return 200, _page(items, rec.query)


@route("GET", r"/api/jobs/(\w+)")
def _job(fw, rec, jid):
    return 200, fw.state.jobs[jid]


@route("POST", r"/api/lookup")
def _lookup(fw, rec):
    path = rec.body.get("path", [])
    if len(path) == 2:
        for p in fw.state.projects.values():
            if [p["group"], p["label"]] == path:
                return 200, {**p, "container_type": "project"}
    return 404, {"message": f"Cannot find {'/'.join(path)}", "status_code": 404}


@route("GET", r"/api/gears")
def _gears(fw, rec):
    return 200, [g for g in fw.state.gears.values() if _matches(g, rec.query.get("filter"))]


# -- protocols (flywheel-sdk ProtocolsApi) ---------------------------------------

@route("GET", r"/api/protocols")
def _find_protocols(fw, rec):
    items = [p for p in fw.state.protocols.values() if _matches(p, rec.query.get("filter"))]
    return 200, _page(items, rec.query)


@route("POST", r"/api/protocols")
def _create_protocol(fw, rec):
    body = rec.body
    if not body.get("label") or not body.get("group_id") or "form" not in body:
        return 422, {"message": "label, group_id and form are required", "status_code": 422}
    proto = {**body, "_id": _oid(), "status": "draft", "version": 1, "created": _now(), "modified": _now(),
             "parent_ref": {"type": "group", "id": body["group_id"]},
             "modified_by": {"type": "user", "id": fw.me}}
    proto.pop("group_id")
    fw.state.protocols[proto["_id"]] = proto
    return 200, proto


@route("PUT", r"/api/protocols/(\w+)/publish")
def _publish_protocol(fw, rec, pid):
    fw.state.protocols[pid]["status"] = "published"
    return 200, fw.state.protocols[pid]


@route("DELETE", r"/api/protocols/(\w+)")
def _delete_protocol(fw, rec, pid):
    del fw.state.protocols[pid]
    return 200, None


# -- reader tasks (flywheel-sdk TasksApi) ----------------------------------------

@route("GET", r"/api/tasks/reader")
def _find_tasks(fw, rec):
    items = [t for t in fw.state.tasks.values() if _matches(t, rec.query.get("filter"))]
    return 200, _page(items, rec.query)


@route("GET", r"/api/tasks/reader/(\w+)")
def _get_task(fw, rec, tid):
    return 200, fw.state.tasks[tid]


@route("POST", r"/api/tasks/reader")
def _create_task(fw, rec):
    body = rec.body
    proto = fw.state.protocols.get(body.get("protocol_id"))
    if proto is None or proto["status"] != "published":
        return 422, {"message": "protocol must exist and be published", "status_code": 422}
    ref = body.get("parent_ref") or {}
    file = fw.state.files.get(ref.get("id"))
    if ref.get("type") != "file" or file is None:
        return 422, {"message": "parent_ref must be an existing file", "status_code": 422}
    assignee = (body.get("assignee") or {}).get("id")
    if assignee not in fw.state.users:
        return 422, {"message": f"unknown assignee {assignee}", "status_code": 422}
    task = {**body, "_id": _oid(), "task_id": f"R-{len(fw.state.tasks) + 1}", "status": body.get("status") or "todo",
            "created": _now(), "modified": _now(), "revision": 1, "creator": fw.me,
            "parent_ref": {**ref, "label": file["name"]}, "protocol_label": proto["label"], "protocol_version": 1,
            "parents": {**file["parents"], "file": file["file_id"]}}
    fw.state.tasks[task["_id"]] = task
    return 200, task


@route("PUT", r"/api/tasks/reader/(\w+)")
def _modify_task(fw, rec, tid):
    task = fw.state.tasks[tid]
    task.update({k: v for k, v in rec.body.items() if v is not None})
    task["modified"] = _now()
    return 200, task


@route("GET", r"/api/tasks/(\w+)/responses")
def _task_responses(fw, rec, tid):
    items = [r for r in fw.state.responses.values() if r["task_id"] == tid]
    return 200, _page(items, rec.query)


# -- annotations (fw-client, not modelled by the SDK) ----------------------------

@route("GET", r"/api/annotations")
def _find_annotations(fw, rec):
    items = [a for a in fw.state.annotations.values() if _matches(a, rec.query.get("filter"))]
    return 200, _page(items, rec.query)


@route("POST", r"/api/annotations")
def _create_annotation(fw, rec):
    body = rec.body
    if not body.get("file_ref", {}).get("file_id") or not isinstance(body.get("data"), dict):
        return 422, {"message": "file_ref.file_id and data are required", "status_code": 422}
    file = fw.state.files.get(body["file_ref"]["file_id"])
    if file is None:
        return 422, {"message": "unknown file", "status_code": 422}
    ann = {**body, "_id": _oid(), "parents": dict(file["parents"]), "created": _now(), "modified": _now()}
    fw.state.annotations[ann["_id"]] = ann
    return 200, ann


@route("DELETE", r"/api/annotations/(\w+)")
def _delete_annotation(fw, rec, aid):
    del fw.state.annotations[aid]
    return 200, None


# -- batch (flywheel-sdk BatchApi) -----------------------------------------------

@route("POST", r"/api/batch/jobs")
def _propose_premade(fw, rec):
    jobs = rec.body.get("jobs") or []
    batch_id = _oid()
    ids = []
    for spec in jobs:
        if spec.get("gear_id") not in fw.state.gears:
            return 422, {"message": f"unknown gear {spec.get('gear_id')}", "status_code": 422}
        job = {**spec, "id": _oid(), "state": "pending", "batch": batch_id, "created": _now(),
               "modified": _now(), "origin": {"type": "user", "id": fw.me}}
        ids.append(job["id"])
        fw.state.jobs[job["id"]] = job
        job["_staged"] = True
    batch = {"_id": batch_id, "jobs": ids, "state": "pending", "origin": {"type": "user", "id": fw.me},
             "proposal": {"jobs": ids}, "created": _now(), "modified": _now()}
    fw.state.batches[batch_id] = batch
    return 200, batch


@route("POST", r"/api/batch/(\w+)/run")
def _run_batch(fw, rec, bid):
    batch = fw.state.batches[bid]
    batch["state"] = "running"
    out = []
    for jid in batch["jobs"]:
        job = fw.state.jobs[jid]
        job.pop("_staged", None)
        out.append(job)
    return 200, out


@route("GET", r"/api/batch/(\w+)")
def _get_batch(fw, rec, bid):
    batch = dict(fw.state.batches[bid])
    if rec.query.get("jobs") in ("true", "True"):
        batch["jobs"] = [fw.state.jobs[j] for j in batch["jobs"]]
    return 200, batch
