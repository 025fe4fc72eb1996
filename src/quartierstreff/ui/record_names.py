"""What the tables of the database are called in the interface: one record ("Person",
"Buchung") for the bin's "Was" column, and many ("Buchungen") for error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "RecordNames"

_ONE: dict[str, str] = {
    "persons": QT_TRANSLATE_NOOP("RecordNames", "Person"),
    "memberships": QT_TRANSLATE_NOOP("RecordNames", "Membership"),
    "membership_types": QT_TRANSLATE_NOOP("RecordNames", "Membership type"),
    "custom_field_definitions": QT_TRANSLATE_NOOP("RecordNames", "Custom field"),
    "custom_field_values": QT_TRANSLATE_NOOP("RecordNames", "Custom field value"),
    "groups": QT_TRANSLATE_NOOP("RecordNames", "Group"),
    "group_persons": QT_TRANSLATE_NOOP("RecordNames", "Group member"),
    "partner_organisations": QT_TRANSLATE_NOOP("RecordNames", "Partner organisation"),
    "partner_contacts": QT_TRANSLATE_NOOP("RecordNames", "Partner contact"),
    "consents": QT_TRANSLATE_NOOP("RecordNames", "Consent"),
    "rooms": QT_TRANSLATE_NOOP("RecordNames", "Room"),
    "bookings": QT_TRANSLATE_NOOP("RecordNames", "Booking"),
    "booking_series": QT_TRANSLATE_NOOP("RecordNames", "Recurring booking"),
    "series_exceptions": QT_TRANSLATE_NOOP("RecordNames", "Exception of a recurring booking"),
    "holiday_periods": QT_TRANSLATE_NOOP("RecordNames", "Holidays or closure"),
    "meetings": QT_TRANSLATE_NOOP("RecordNames", "Meeting"),
    "agenda_items": QT_TRANSLATE_NOOP("RecordNames", "Agenda item"),
    "attendance": QT_TRANSLATE_NOOP("RecordNames", "Attendance"),
    "decisions": QT_TRANSLATE_NOOP("RecordNames", "Decision"),
    "action_items": QT_TRANSLATE_NOOP("RecordNames", "Action item"),
    "funding_programmes": QT_TRANSLATE_NOOP("RecordNames", "Funding programme"),
    "funding_applications": QT_TRANSLATE_NOOP("RecordNames", "Funding application"),
    "application_sections": QT_TRANSLATE_NOOP("RecordNames", "Application section"),
    "plan_lines": QT_TRANSLATE_NOOP("RecordNames", "Finance plan line"),
    "application_status_changes": QT_TRANSLATE_NOOP("RecordNames", "Status change"),
    "application_versions": QT_TRANSLATE_NOOP("RecordNames", "Application version"),
    "text_blocks": QT_TRANSLATE_NOOP("RecordNames", "Text block"),
    "receipts": QT_TRANSLATE_NOOP("RecordNames", "Receipt"),
    "attachments": QT_TRANSLATE_NOOP("RecordNames", "Attachment"),
    "users": QT_TRANSLATE_NOOP("RecordNames", "User"),
    "centre_profile": QT_TRANSLATE_NOOP("RecordNames", "Centre profile"),
    "settings": QT_TRANSLATE_NOOP("RecordNames", "Setting"),
}

_MANY: dict[str, str] = {
    "persons": QT_TRANSLATE_NOOP("RecordNames", "people"),
    "memberships": QT_TRANSLATE_NOOP("RecordNames", "memberships"),
    "membership_types": QT_TRANSLATE_NOOP("RecordNames", "membership types"),
    "custom_field_definitions": QT_TRANSLATE_NOOP("RecordNames", "custom fields"),
    "custom_field_values": QT_TRANSLATE_NOOP("RecordNames", "custom field values"),
    "groups": QT_TRANSLATE_NOOP("RecordNames", "groups"),
    "group_persons": QT_TRANSLATE_NOOP("RecordNames", "group members"),
    "group_rooms": QT_TRANSLATE_NOOP("RecordNames", "usual rooms of groups"),
    "partner_organisations": QT_TRANSLATE_NOOP("RecordNames", "partner organisations"),
    "partner_contacts": QT_TRANSLATE_NOOP("RecordNames", "partner contacts"),
    "consents": QT_TRANSLATE_NOOP("RecordNames", "consents"),
    "rooms": QT_TRANSLATE_NOOP("RecordNames", "rooms"),
    "room_parts": QT_TRANSLATE_NOOP("RecordNames", "room parts"),
    "bookings": QT_TRANSLATE_NOOP("RecordNames", "bookings"),
    "booking_rooms": QT_TRANSLATE_NOOP("RecordNames", "bookings"),
    "booking_series": QT_TRANSLATE_NOOP("RecordNames", "recurring bookings"),
    "booking_series_rooms": QT_TRANSLATE_NOOP("RecordNames", "recurring bookings"),
    "series_exceptions": QT_TRANSLATE_NOOP("RecordNames", "exceptions of recurring bookings"),
    "holiday_periods": QT_TRANSLATE_NOOP("RecordNames", "holidays and closures"),
    "meetings": QT_TRANSLATE_NOOP("RecordNames", "meetings"),
    "meeting_invitees": QT_TRANSLATE_NOOP("RecordNames", "invitations"),
    "agenda_items": QT_TRANSLATE_NOOP("RecordNames", "agenda items"),
    "attendance": QT_TRANSLATE_NOOP("RecordNames", "attendance lists"),
    "decisions": QT_TRANSLATE_NOOP("RecordNames", "decisions"),
    "action_items": QT_TRANSLATE_NOOP("RecordNames", "action items"),
    "funding_programmes": QT_TRANSLATE_NOOP("RecordNames", "funding programmes"),
    "funding_applications": QT_TRANSLATE_NOOP("RecordNames", "funding applications"),
    "application_sections": QT_TRANSLATE_NOOP("RecordNames", "application sections"),
    "plan_lines": QT_TRANSLATE_NOOP("RecordNames", "finance plan lines"),
    "application_status_changes": QT_TRANSLATE_NOOP("RecordNames", "status changes"),
    "application_versions": QT_TRANSLATE_NOOP("RecordNames", "application versions"),
    "text_blocks": QT_TRANSLATE_NOOP("RecordNames", "text blocks"),
    "receipts": QT_TRANSLATE_NOOP("RecordNames", "receipts"),
    "attachments": QT_TRANSLATE_NOOP("RecordNames", "attachments"),
    "users": QT_TRANSLATE_NOOP("RecordNames", "users"),
    "centre_profile": QT_TRANSLATE_NOOP("RecordNames", "centre profile"),
    "settings": QT_TRANSLATE_NOOP("RecordNames", "settings"),
}


def record_name(table: str) -> str:
    """One record of ``table``, translated ("Person" for ``persons``); else the table."""
    label = _ONE.get(table)
    return QCoreApplication.translate(_CONTEXT, label) if label else table


def records_name(table: str) -> str:
    """Records of ``table``, translated ("bookings"); else the table's own name."""
    label = _MANY.get(table)
    return QCoreApplication.translate(_CONTEXT, label) if label else table
