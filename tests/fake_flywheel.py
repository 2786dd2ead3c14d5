"""A small Flywheel API on 127.0.0.1 for the integration tests, held to the real contract.

The real flywheel-sdk 23.0.0 and fw-client 2.3.4 talk to it over HTTP. It keeps
state in memory, records every request (`requests`, `calls`, `writes`) and
injects failures: `faults` is a queue of (method, path-prefix, status[,
let_through_first_n[, done_anyway]]) consumed by the first matching request
(after letting n through); with done_anyway the work is done and only the reply
is an error. `slow` holds (method, path-prefix, seconds): one late reply each.

It was written from the public contract, not from the gear, and refuses what a
real site refuses. Rule by rule, with the source:

- **Task systems.** `FakeFlywheel(system=...)`: "tasks_manager", "legacy", "both"
  or "none". GET /api/config answers `features.tasks_refactor` /
  `features.reader_tasks` (flywheel-sdk 23 `Features` model), or no flags with
  `report_flags=False`. Routes of a system that is off answer 404, as a missing
  route does. The two systems share nothing (docs.flywheel.io, Tasks Manager:
  "Tasks Manager is not compatible with legacy Tasks (V2 Viewer)").
- **Paging.** Every listing answers `{"count", "total", "results"}` and never
  more than `page_cap` results a page, whatever `limit` asks (the SDK's Page*
  models; the site config's `site.pagination_limit`, SDK
  `ConfigSiteConfigOutput`, default 100; fw-client's OpenAPI: `limit` is "the
  maximum number of entries").
- **Filters.** Each listing accepts only the filter fields public sources use
  for it (below, FILTERS); another field is a 400, as an unknown filter is on a
  real site. Sources: SDK docstrings ("e.g. label=my-label"), the public
  reader-task API notes (readertasks: status, assignee, protocol_id, tags;
  v3 annotations: task_id), fw-gear-form-and-annotations-exporter 0.1.5
  (read_task_protocols: label, parents.project; formresponses: task_id;
  annotations: file_ref.file_id, file_ref.version; files: parents.*),
  the batch command's own file query (type, modality, tags: SDK file fields).
- **Tasks Manager protocol** (POST /api/protocols): `task_type` must be "read"
  (docs.flywheel.io, Introduction to Read Tasks: the "'Read' Task Type");
  created as draft, usable once published. The form must carry `defaults` and
  `fields`: `fields` is what a form is; `defaults` is this fake's own stricter
  rule, not a documented site rule (flywheel-sdk 23 `CustomForm` lists
  `defaults` beside title, description and fields but marks it optional), kept
  so the gear goes on sending the complete model (`defaults: {}`).
- **Tasks Manager task** (POST /api/tasks/reader): published protocol, file
  parent, known assignee (SDK `ReaderTaskCreate`). Status values are the SDK's
  `LibsWorkflowsModelsTaskStatus` (todo, in_progress, completed, ...).
- **V3 annotations** (/api/v3/annotations): created as multipart/form-data with
  `data` (JSON) and `file` (fw-client OpenAPI: "object(data: object, file:
  string)"); the file must be a DICOM SR, the task an existing Tasks Manager
  task (reference notes: annotations are "stored as a DICOM SR", listed by
  `task_id` = the task's 24-hex _id). Listings summarise each as `elements[]`,
  the file is served by /api/v3/annotations/{id}/file.
- **Legacy protocol, form, viewer config, task** (/api/read_task_protocols,
  /api/forms, /api/viewerconfigs, /api/readertasks): the shapes of the original
  gear's utils/schemas/*.json (fw-presidio-image-redactor 0.1.3); tasks listed
  per project by /api/readertasks/project/{id}; statuses Todo / In_progress /
  Complete (reference notes); a task's annotations by
  /api/readertasks/{id}/annotations (fw-gear-dicom-seg-to-ohif 0.0.4).
- **Legacy annotation** (POST /api/annotations): needs a top-level `file_id`
  and `data` (fw-client OpenAPI "object(file_id, task_id, data, viewer_format)";
  the original gear, dicom-seg-to-ohif and form-and-annotations-exporter all
  send `file_id`); `file_ref` appears only on read. A RectangleRoi on a
  multi-frame file must name frame 1..N in `frameIndex` and at the end of
  `imagePath` (fw-gear-mask-exporter 1.2.0: "frameIndex is 1-indexed");
  single-frame uses 0.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
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
BLINDED_READER_ACTIONS = ["annotations_manage", "reader_task_view"]

FILTERS = {  # listing -> the filter fields public sources use for it (see the module docstring)
    "files": {"parents.project", "parents.acquisition", "parents.session", "parents.subject", "type", "modality",
              "tags"},
    "gears": {"gear.name", "gear.version"},
    "protocols": {"label"},
    "tasks": {"protocol_id", "status", "assignee", "tags"},
    "read_task_protocols": {"label", "parents.project"},
    "readertasks": {"protocol_id", "status", "assignee", "tags"},
    "formresponses": {"task_id", "form_id", "parents.project"},
    "annotations": {"file_ref.file_id", "file_ref.version"},
    "v3_annotations": {"task_id"},
}


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


class Refused(Exception):
    """Turned into an error reply: (status, message)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _get(doc, dotted: str):
    for part in dotted.split("."):
        if not isinstance(doc, dict):
            return None
        doc = doc.get(part)
    return doc


def _matches(doc: dict, flt: str | None, allowed: set[str]) -> bool:
    """Flywheel's comma-separated filter (`a.b=x`, `a!=x`), limited to the listing's public fields."""
    if not flt:
        return True
    for clause in re.split(r"(?<!\\),", flt):
        m = re.match(r"([\w.]+)(!=|=)(.*)", clause)
        if not m:
            raise Refused(400, f"unsupported filter clause {clause!r}")
        key, op, value = m.groups()
        if key not in allowed:
            raise Refused(400, f"unknown filter field {key!r}")
        actual = _get(doc, key)
        hit = value in actual if isinstance(actual, list) else str(actual) == value
        if (op == "=") != hit:
            return False
    return True


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
    protocols: dict = field(default_factory=dict)  # Tasks Manager
    tasks: dict = field(default_factory=dict)  # Tasks Manager
    responses: dict = field(default_factory=dict)  # Tasks Manager
    v3_annotations: dict = field(default_factory=dict)
    v3_files: dict = field(default_factory=dict)  # annotation id -> SR bytes
    forms: dict = field(default_factory=dict)  # legacy
    viewer_configs: dict = field(default_factory=dict)  # legacy
    legacy_protocols: dict = field(default_factory=dict)
    legacy_tasks: dict = field(default_factory=dict)
    formresponses: dict = field(default_factory=dict)  # legacy
    annotations: dict = field(default_factory=dict)  # legacy store
    batches: dict = field(default_factory=dict)


class FakeFlywheel:
    """Start with `with FakeFlywheel() as fw:`; `fw.api_key` is what the gear is given."""

    KEY = "fakekey0123456789"

    def __init__(self, system: str = "tasks_manager", *, report_flags: bool = True, page_cap: int = 100) -> None:
        assert system in ("tasks_manager", "legacy", "both", "none")
        self.tasks_manager = system in ("tasks_manager", "both")
        self.legacy = system in ("legacy", "both")
        self.report_flags = report_flags
        self.page_cap = page_cap
        self.state = State()
        self.requests: list[Recorded] = []
        self.faults: list[tuple] = []
        self.slow: list[tuple[str, str, float]] = []
        self.me = "admin@example.org"
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.add_user(self.me)
        self.reader_role = self.add_role("Reader", READER_ACTIONS)
        self.blinded_role = self.add_role("Blinded reader", BLINDED_READER_ACTIONS)
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
        for address, role in (members or {}).items():
            if address not in self.state.users:
                self.add_user(address)
            project["permissions"].append({"_id": address, "role_ids": [role["_id"]]})
        self.state.projects[project["_id"]] = project
        return project

    def add_file(self, project: dict, name: str, *, modality: str = "CT", tags=(), ftype: str = "dicom",
                 frames: int = 1) -> dict:
        """`frames`: NumberOfFrames of the DICOM the file stands for (the viewer's frame numbering depends on it)."""
        acq_id = _oid()
        session_id, subject_id = _oid(), _oid()
        parents = {"group": project["group"], "project": project["_id"], "subject": subject_id,
                   "session": session_id, "acquisition": acq_id}
        self.state.acquisitions[acq_id] = {"_id": acq_id, "label": f"acq {name}", "parents": parents}
        file_id = _oid()
        doc = {"_id": _oid(), "file_id": file_id, "name": name, "type": ftype, "modality": modality,
               "tags": list(tags), "version": 1, "mimetype": "application/dicom", "size": 1,
               "parent_ref": {"type": "acquisition", "id": acq_id}, "parents": parents, "info": {},
               "origin": {"type": "user", "id": self.me}, "created": _now(), "modified": _now(),
               "_frames": frames}
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

    # -- what readers do in the viewer -------------------------------------------

    def all_tasks(self) -> list[dict]:
        return list(self.state.tasks.values()) + list(self.state.legacy_tasks.values())

    def complete_task(self, task_id: str, answer: str = "no") -> None:
        """The reader answers the form and completes the task, in whichever system it lives."""
        if task_id in self.state.tasks:
            task = self.state.tasks[task_id]
            task["status"] = "completed"
            task["modified"] = _now()
            resp = {"_id": _oid(), "task_id": task_id, "protocol_id": task["protocol_id"],
                    "data": {"phi_captured_correctly": answer}, "submitted": True, "submitted_at": _now(),
                    "origin": {"type": "user", "id": task["assignee"]["id"]}, "parents": dict(task["parents"]),
                    "created": _now(), "modified": _now(), "revision": 1}
            self.state.responses[resp["_id"]] = resp
            for ann in self.state.v3_annotations.values():
                if ann["task_id"] == task_id:
                    ann["state"] = "LOCKED"  # reference notes: LOCKED once submitted
            return
        task = self.state.legacy_tasks[task_id]
        task["status"] = "Complete"
        task["modified"] = _now()
        resp = {"_id": _oid(), "task_id": task_id, "form_id": task["form_id"],
                "response_data": {"phi_captured_correctly": answer}, "parents": dict(task["parents"]),
                "created": _now(), "modified": _now()}
        self.state.formresponses[resp["_id"]] = resp

    def legacy_reader_draws(self, task_id: str, annotation_data: dict) -> dict:
        """What the V2 viewer stores when a reader draws a rectangle (stored shape: `file_ref`)."""
        task = self.state.legacy_tasks[task_id]
        ann = {"_id": _oid(), "task_id": task_id,
               "file_ref": {"file_id": task["parent"]["id"], "version": 1},
               "origin": {"type": "user", "id": task["assignee"]}, "data": annotation_data,
               "parents": dict(task["parents"]), "created": _now(), "modified": _now()}
        self.state.annotations[ann["_id"]] = ann
        return ann

    def v3_reader_saves(self, task_id: str, sr_bytes: bytes) -> dict:
        """The V3 viewer saves the task's measurement set again: a new version replaces the old one."""
        current = [a for a in self.state.v3_annotations.values() if a["task_id"] == task_id and not a["replaced"]]
        for a in current:
            a["replaced"] = True
        task = self.state.tasks[task_id]
        return self._store_v3({"task_id": task_id, "file_id": task["parent_ref"]["id"]}, sr_bytes,
                              {"type": "user", "id": task["assignee"]["id"]})

    def v3_file(self, annotation_id: str) -> bytes:
        return self.state.v3_files[annotation_id]

    def _store_v3(self, data: dict, sr_bytes: bytes, origin: dict) -> dict:
        import pydicom

        try:
            ds = pydicom.dcmread(io.BytesIO(sr_bytes))
        except Exception:
            raise Refused(422, "file is not DICOM") from None
        if getattr(ds, "Modality", "") != "SR":
            raise Refused(422, "file must be a DICOM SR")
        task = self.state.tasks.get(data.get("task_id"))
        if task is None:
            raise Refused(422, f"task_id {data.get('task_id')!r} is not a Tasks Manager task")
        file = self.state.files.get(data.get("file_id") or task["parent_ref"]["id"])
        if file is None:
            raise Refused(422, "unknown file")
        elements = []

        def walk(items):
            for item in items:
                if item.get("ValueType") == "SCOORD":
                    elements.append({"type": str(item.GraphicType), "label": "", "color": "", "metrics": {}})
                walk(item.get("ContentSequence", []))

        walk(ds.get("ContentSequence", []))
        ann = {"_id": _oid(), "task_id": task["_id"], "name": data.get("name", ""), "elements": elements,
               "parents": {**file["parents"], "file": {"file_id": file["file_id"], "version": file["version"]}},
               "origin": origin, "state": "DRAFT", "deleted": False, "replaced": False,
               "created": _now(), "modified": _now()}
        self.state.v3_annotations[ann["_id"]] = ann
        self.state.v3_files[ann["_id"]] = sr_bytes
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
                ctype = self.headers.get("content-type") or ""
                if ctype.startswith("multipart/form-data"):
                    body = _multipart(ctype, raw)
                else:
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
                if isinstance(payload, bytes):
                    data, content_type = payload, "application/dicom"
                else:
                    data, content_type = (b"" if payload is None else json.dumps(payload).encode()), \
                        "application/json"
                try:
                    self.send_response(status)
                    self.send_header("content-type", content_type)
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
        for method, pattern, system, func in ROUTES:
            if method != rec.method:
                continue
            m = re.fullmatch(pattern, rec.path)
            if not m:
                continue
            if system == "tasks_manager" and not self.tasks_manager or system == "legacy" and not self.legacy:
                break  # a system the site does not have: no such route
            try:
                return func(self, rec, *m.groups())
            except Refused as exc:
                return exc.status, {"message": exc.message, "status_code": exc.status}
            except KeyError as exc:
                return 404, {"message": f"not found: {exc}", "status_code": 404}
        return 404, {"message": f"no route {rec.method} {rec.path}", "status_code": 404}

    def page(self, items: list, rec: Recorded, listing: str) -> dict:
        for clause in re.split(r"(?<!\\),", rec.query.get("filter") or ""):  # refused, found or not
            _matches({}, clause, FILTERS[listing])
        items = [i for i in items if _matches(i, rec.query.get("filter"), FILTERS[listing])]
        skip = int(rec.query.get("skip", 0) or 0)
        limit = min(int(rec.query.get("limit", 0) or self.page_cap), self.page_cap)
        results = [_public(i) for i in items[skip: skip + limit]]
        return {"count": len(results), "total": len(items), "results": results}


def _public(doc):
    return {k: v for k, v in doc.items() if not k.startswith("_") or k == "_id"} if isinstance(doc, dict) else doc


def _multipart(ctype: str, raw: bytes) -> dict:
    """multipart/form-data -> {name: text or bytes}."""
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"content-type: {ctype}\r\n\r\n".encode() + raw)
    out = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        out[name] = payload if part.get_filename() else payload.decode()
    return out


ROUTES: list = []


def route(method: str, pattern: str, system: str | None = None):
    def deco(func):
        ROUTES.append((method, pattern, system, func))
        return func

    return deco


@route("GET", r"/api/auth/status")
def _auth_status(fw: FakeFlywheel, rec):
    return 200, {"origin": {"type": "user", "id": fw.me}, "user_id": fw.me, "user_is_admin": True,
                 "is_device": False, "roles": ["user"]}


@route("GET", r"/api/version")
def _version(fw, rec):
    return 200, {"release": "20.0.0", "flywheel_release": "20.0.0"}


@route("GET", r"/api/config")
def _config(fw, rec):
    features = {"tasks_refactor": fw.tasks_manager, "reader_tasks": fw.legacy} if fw.report_flags else {}
    return 200, {"site": {"id": "local", "name": "fake", "pagination_limit": fw.page_cap}, "features": features,
                 "signed_url": False}


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
    return 200, _public(fw.state.files[fid])


@route("GET", r"/api/files")
def _files(fw, rec):
    return 200, fw.page(list(fw.state.files.values()), rec, "files")


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
    return 200, [g for g in fw.state.gears.values() if _matches(g, rec.query.get("filter"), FILTERS["gears"])]


# -- Tasks Manager: protocols, tasks, responses (flywheel-sdk ProtocolsApi, TasksApi) ----------

@route("GET", r"/api/protocols", "tasks_manager")
def _find_protocols(fw, rec):
    return 200, fw.page(list(fw.state.protocols.values()), rec, "protocols")


@route("POST", r"/api/protocols", "tasks_manager")
def _create_protocol(fw, rec):
    body = rec.body
    if not body.get("label") or not body.get("group_id"):
        raise Refused(422, "label and group_id are required")
    if body.get("task_type") != "read":
        raise Refused(422, f"task_type must be 'read', got {body.get('task_type')!r}")
    form = body.get("form")
    if not isinstance(form, dict) or "defaults" not in form or "fields" not in form:
        raise Refused(422, "form with fields and defaults is required")
    proto = {**body, "_id": _oid(), "status": "draft", "version": 1, "created": _now(), "modified": _now(),
             "parent_ref": {"type": "group", "id": body["group_id"]},
             "modified_by": {"type": "user", "id": fw.me}}
    proto.pop("group_id")
    fw.state.protocols[proto["_id"]] = proto
    return 200, proto


@route("PUT", r"/api/protocols/(\w+)/publish", "tasks_manager")
def _publish_protocol(fw, rec, pid):
    fw.state.protocols[pid]["status"] = "published"
    return 200, fw.state.protocols[pid]


@route("DELETE", r"/api/protocols/(\w+)", "tasks_manager")
def _delete_protocol(fw, rec, pid):
    del fw.state.protocols[pid]
    return 200, None


@route("GET", r"/api/tasks/reader", "tasks_manager")
def _find_tasks(fw, rec):
    return 200, fw.page(list(fw.state.tasks.values()), rec, "tasks")


@route("GET", r"/api/tasks/reader/(\w+)", "tasks_manager")
def _get_task(fw, rec, tid):
    return 200, fw.state.tasks[tid]


@route("POST", r"/api/tasks/reader", "tasks_manager")
def _create_task(fw, rec):
    body = rec.body
    proto = fw.state.protocols.get(body.get("protocol_id"))
    if proto is None or proto["status"] != "published":
        raise Refused(422, "protocol must exist and be published")
    ref = body.get("parent_ref") or {}
    file = fw.state.files.get(ref.get("id"))
    if ref.get("type") != "file" or file is None:
        raise Refused(422, "parent_ref must be an existing file")
    assignee = (body.get("assignee") or {}).get("id")
    if assignee not in fw.state.users:
        raise Refused(422, f"unknown assignee {assignee}")
    task = {**body, "_id": _oid(), "task_id": f"R-{len(fw.state.tasks) + 1}", "status": body.get("status") or "todo",
            "created": _now(), "modified": _now(), "revision": 1, "creator": fw.me,
            "parent_ref": {**ref, "label": file["name"]}, "protocol_label": proto["label"], "protocol_version": 1,
            "parents": {**file["parents"], "file": file["file_id"]}}
    fw.state.tasks[task["_id"]] = task
    return 200, task


@route("PUT", r"/api/tasks/reader/(\w+)", "tasks_manager")
def _modify_task(fw, rec, tid):
    task = fw.state.tasks[tid]
    task.update({k: v for k, v in rec.body.items() if v is not None})
    task["modified"] = _now()
    return 200, task


@route("GET", r"/api/tasks/(\w+)/responses", "tasks_manager")
def _task_responses(fw, rec, tid):
    items = [r for r in fw.state.responses.values() if r["task_id"] == tid]
    return 200, {"count": len(items), "total": len(items), "results": items}


# -- Tasks Manager: the V3 annotation store ---------------------------------------------------

@route("GET", r"/api/v3/annotations", "tasks_manager")
def _find_v3(fw, rec):
    items = list(fw.state.v3_annotations.values())
    if rec.query.get("exclude_deleted") in ("true", "True"):
        items = [a for a in items if not a["deleted"]]
    if rec.query.get("exclude_replaced") in ("true", "True"):
        items = [a for a in items if not a["replaced"]]
    return 200, fw.page(items, rec, "v3_annotations")


@route("POST", r"/api/v3/annotations", "tasks_manager")
def _create_v3(fw, rec):
    body = rec.body if isinstance(rec.body, dict) else {}
    if "data" not in body or not isinstance(body.get("file"), bytes):
        raise Refused(422, "multipart/form-data with data and file is required")
    try:
        data = json.loads(body["data"])
    except (TypeError, ValueError):
        raise Refused(422, "data must be JSON") from None
    return 200, _public(fw._store_v3(data, body["file"], data.get("origin") or {"type": "user", "id": fw.me}))


@route("GET", r"/api/v3/annotations/(\w+)/file", "tasks_manager")
def _v3_file(fw, rec, aid):
    return 200, fw.state.v3_files[aid]


@route("DELETE", r"/api/v3/annotations/(\w+)", "tasks_manager")
def _delete_v3(fw, rec, aid):
    fw.state.v3_annotations[aid]["deleted"] = True
    return 200, None


# -- legacy Tasks: forms, viewer configs, protocols, tasks, responses (fw-client) -----------

@route("POST", r"/api/forms", "legacy")
def _create_form(fw, rec):
    body = rec.body or {}
    components = _get(body, "form.studyForm.components")
    if not isinstance(components, list) or not body.get("parent"):
        raise Refused(422, "form.studyForm.components and parent are required")
    form = {**body, "_id": _oid(), "created": _now()}
    fw.state.forms[form["_id"]] = form
    return 200, form


@route("POST", r"/api/viewerconfigs", "legacy")
def _create_viewer_config(fw, rec):
    body = rec.body or {}
    if not body.get("name") or not isinstance(body.get("config"), dict):
        raise Refused(422, "name and config are required")
    vc = {**body, "_id": _oid(), "created": _now()}
    fw.state.viewer_configs[vc["_id"]] = vc
    return 200, vc


@route("GET", r"/api/read_task_protocols", "legacy")
def _find_legacy_protocols(fw, rec):
    return 200, fw.page(list(fw.state.legacy_protocols.values()), rec, "read_task_protocols")


@route("GET", r"/api/read_task_protocols/(\w+)", "legacy")
def _get_legacy_protocol(fw, rec, pid):
    return 200, fw.state.legacy_protocols[pid]


@route("POST", r"/api/read_task_protocols", "legacy")
def _create_legacy_protocol(fw, rec):
    body = rec.body or {}
    parent = body.get("parent") or {}
    if body.get("form_id") not in fw.state.forms or body.get("viewer_config_id") not in fw.state.viewer_configs:
        raise Refused(422, "form_id and viewer_config_id must name an existing form and viewer config")
    if parent.get("type") != "project" or parent.get("id") not in fw.state.projects:
        raise Refused(422, "parent must be an existing project")
    proto = {**body, "_id": _oid(), "parents": {"project": parent["id"]}, "created": _now()}
    fw.state.legacy_protocols[proto["_id"]] = proto
    return 200, proto


@route("GET", r"/api/readertasks", "legacy")
def _find_legacy_tasks(fw, rec):
    return 200, fw.page(list(fw.state.legacy_tasks.values()), rec, "readertasks")


@route("GET", r"/api/readertasks/project/(\w+)", "legacy")
def _find_project_legacy_tasks(fw, rec, pid):
    items = [t for t in fw.state.legacy_tasks.values() if t["parents"].get("project") == pid]
    return 200, fw.page(items, rec, "readertasks")


@route("POST", r"/api/readertasks", "legacy")
def _create_legacy_task(fw, rec):
    body = rec.body or {}
    proto = fw.state.legacy_protocols.get(body.get("protocol_id"))
    parent = body.get("parent") or {}
    file = fw.state.files.get(parent.get("id"))
    if proto is None:
        raise Refused(422, "protocol_id must name an existing protocol")
    if parent.get("type") != "file" or file is None:
        raise Refused(422, "parent must be an existing file")
    if body.get("assignee") not in fw.state.users:
        raise Refused(422, f"unknown assignee {body.get('assignee')}")
    if body.get("task_type") != "R" or body.get("form_id") != proto["form_id"]:
        raise Refused(422, "task_type 'R' and the protocol's form_id are required")
    task = {**body, "_id": _oid(), "status": body.get("status") or "Todo", "created": _now(), "modified": _now(),
            "parents": {**file["parents"], "file": file["file_id"]}}
    fw.state.legacy_tasks[task["_id"]] = task
    return 200, task


@route("DELETE", r"/api/readertasks/(\w+)", "legacy")
def _delete_legacy_task(fw, rec, tid):
    del fw.state.legacy_tasks[tid]
    return 200, None


@route("GET", r"/api/readertasks/(\w+)/annotations", "legacy")
def _legacy_task_annotations(fw, rec, tid):
    fw.state.legacy_tasks[tid]  # noqa: B018 (404 for an unknown task, as the real route)
    items = [a for a in fw.state.annotations.values() if a.get("task_id") == tid]
    return 200, fw.page(items, rec, "annotations")


@route("GET", r"/api/formresponses", "legacy")
def _formresponses(fw, rec):
    return 200, fw.page(list(fw.state.formresponses.values()), rec, "formresponses")


# -- the legacy annotation store (GET/POST /api/annotations, fw-client) ----------------------------

@route("GET", r"/api/annotations")
def _find_annotations(fw, rec):
    return 200, fw.page(list(fw.state.annotations.values()), rec, "annotations")


@route("POST", r"/api/annotations")
def _create_annotation(fw, rec):
    body = rec.body or {}
    if not body.get("file_id") or not isinstance(body.get("data"), dict):
        raise Refused(422, "file_id and data are required")
    file = fw.state.files.get(body["file_id"])
    if file is None:
        raise Refused(422, "unknown file")
    data = body["data"]
    if data.get("toolType") == "RectangleRoi":
        frames, frame = file["_frames"], data.get("frameIndex")
        ok = isinstance(frame, int) and (1 <= frame <= frames if frames > 1 else frame == 0)
        if not ok:
            raise Refused(422, f"frameIndex {frame!r} is not a frame of this {frames}-frame image "
                               "(multi-frame: 1..N; single-frame: 0)")
        if not str(data.get("imagePath", "")).endswith(f"$$${frame}"):
            raise Refused(422, "imagePath must end with the frameIndex")
    ann = {k: v for k, v in body.items() if k != "file_id"}
    ann.update({"_id": _oid(), "file_ref": {"file_id": file["file_id"], "version": file["version"]},
                "parents": dict(file["parents"]), "created": _now(), "modified": _now()})
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
            raise Refused(422, f"unknown gear {spec.get('gear_id')}")
        job = {**spec, "id": _oid(), "state": "pending", "batch": batch_id, "created": _now(),
               "modified": _now(), "origin": {"type": "user", "id": fw.me}}
        ids.append(job["id"])
        fw.state.jobs[job["id"]] = job
    batch = {"_id": batch_id, "jobs": ids, "state": "pending", "origin": {"type": "user", "id": fw.me},
             "proposal": {"jobs": ids}, "created": _now(), "modified": _now()}
    fw.state.batches[batch_id] = batch
    return 200, batch


@route("POST", r"/api/batch/(\w+)/run")
def _run_batch(fw, rec, bid):
    batch = fw.state.batches[bid]
    batch["state"] = "running"
    return 200, [fw.state.jobs[jid] for jid in batch["jobs"]]


@route("GET", r"/api/batch/(\w+)")
def _get_batch(fw, rec, bid):
    batch = dict(fw.state.batches[bid])
    if rec.query.get("jobs") in ("true", "True"):
        batch["jobs"] = [fw.state.jobs[j] for j in batch["jobs"]]
    return 200, batch
