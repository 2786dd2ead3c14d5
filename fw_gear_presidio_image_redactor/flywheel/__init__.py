"""Flywheel integration: ReaderTasks with annotations, closing the review loop, batch runs.

`flywheel-sdk` is used where it has typed APIs (files, jobs, users, projects,
roles, protocols with their form and viewer config, reader tasks, form
responses, batch); `fw-client` for annotations, which the SDK does not model.
Every call goes through `client.Flywheel.call`, which retries transient
failures and turns the rest into one `FlywheelError` naming the call.
"""

from .client import Flywheel, FlywheelError

__all__ = ["Flywheel", "FlywheelError"]
