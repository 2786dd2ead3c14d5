"""Flywheel integration: ReaderTasks with annotations, closing the review loop, batch runs.

Both reader-task systems are supported (systems.py): legacy Tasks (V2 viewer)
and Tasks Manager (V3 viewer, SR measurement sets). `flywheel-sdk` is used where
it has typed APIs (files, jobs, users, projects, roles, batch, Tasks Manager
protocols, tasks and form responses); `fw-client` for what it does not model
(the site config, the V3 annotation store, legacy Tasks).
Every call goes through `client.Flywheel.call`, which retries transient
failures and turns the rest into one `FlywheelError` naming the call.
"""

from .client import Flywheel, FlywheelError

__all__ = ["Flywheel", "FlywheelError"]
