"""Find or create the reader protocol `presidio_default_protocol`, with its form and viewer config.

In flywheel-sdk 23 a protocol carries its form (`form`) and its OHIF viewer
settings (`protocol_config.viewer_config`) inline and is created under a group
(`group_id`); so the protocol lives in the project's group and is found by
label there. It is created as a draft and then published; if publishing fails
the draft is deleted, so no unusable protocol is left behind.
"""

from __future__ import annotations

import logging

from .client import Flywheel, FlywheelError, field, sdk_paged

log = logging.getLogger(__name__)

PROTOCOL_LABEL = "presidio_default_protocol"
QUESTION_KEY = "phi_captured_correctly"
QUESTION = "Were all PHI entities captured correctly?"
ANNOTATION_LABEL = "phi_entity"


def build_form():
    from flywheel.models import CustomField, CustomForm, SelectItem

    wrong = [{"==": [{"var": QUESTION_KEY}, "no"]}]
    return CustomForm(
        title="PHI review",
        description="Check the boxes presidio-image-redactor drew around burned-in PHI.",
        fields=[
            CustomField(type="radio", key=QUESTION_KEY, label=QUESTION,
                        options=[SelectItem(value="yes", label="Yes"), SelectItem(value="no", label="No")],
                        required_when_visible=True),
            CustomField(type="instruction", key="phi_correction_instructions",
                        label="Draw a rectangle (label phi_entity) around each PHI that was missed, "
                              "and delete each rectangle that is not PHI.",
                        visible=wrong),
        ],
    )


def build_viewer_config():
    from flywheel.models import (
        LibsViewerConfigModelsViewerConfig,
        MeasurementConfig,
        MeasurementItemConfig,
        ToolbarConfig,
    )

    return LibsViewerConfigModelsViewerConfig(
        toolbar=ToolbarConfig(hide_tag_browser=True),
        labels=MeasurementConfig(label_on_measure=True, exclusive=True,
                                 items=[MeasurementItemConfig(label=ANNOTATION_LABEL, value=ANNOTATION_LABEL,
                                                              color="#ff0000")]),
    )


def find_or_create_protocol(fw: Flywheel, group_id: str) -> str:
    """Return the id of a published `presidio_default_protocol` in the group."""
    found = sdk_paged(fw, "find reader protocols", fw.sdk.find_task_protocols,
                      filter=f"label={PROTOCOL_LABEL},parent_ref.id={group_id}")
    # the filter is re-checked here: a server that ignored it must not hand us another group's protocol
    usable = [p for p in found if field(p, "label") == PROTOCOL_LABEL
              and field(field(p, "parent_ref"), "id") == group_id and _status(p) != "archived"]
    if usable:
        proto = usable[0]
        pid = field(proto, "id")
        if _status(proto) == "draft":
            fw.call("publish reader protocol", lambda: fw.sdk.publish_task_protocol(pid))
            log.info("Reader protocol %s (%s) found as a draft; published it", PROTOCOL_LABEL, pid)
        else:
            log.info("Reader protocol %s found (%s); nothing created", PROTOCOL_LABEL, pid)
        return pid

    from flywheel.models import ProtocolValidInput, ReaderTaskConfig

    body = ProtocolValidInput(label=PROTOCOL_LABEL, group_id=group_id, task_type="reader",
                              notes="Created by presidio-image-redactor: review burned-in PHI boxes.",
                              form=build_form(),
                              protocol_config=ReaderTaskConfig(longitudinal=False,
                                                               viewer_config=build_viewer_config()))
    def already_made():
        made = sdk_paged(fw, "find reader protocols", fw.sdk.find_task_protocols,
                         filter=f"label={PROTOCOL_LABEL},parent_ref.id={group_id}")
        return made[0] if made else None

    proto = fw.call("create reader protocol", lambda: fw.sdk.create_task_protocol(body), already_made)
    pid = field(proto, "id")
    try:
        fw.call("publish reader protocol", lambda: fw.sdk.publish_task_protocol(pid))
    except FlywheelError:
        try:
            fw.call("delete unpublished reader protocol", lambda: fw.sdk.delete_task_protocol(pid))
        except FlywheelError as exc:
            log.error("Could not remove the unpublished protocol %s: %s", pid, exc)
        raise
    log.info("Reader protocol %s created and published (%s)", PROTOCOL_LABEL, pid)
    return pid


def _status(proto) -> str:
    status = field(proto, "status")
    return getattr(status, "value", status) or ""
