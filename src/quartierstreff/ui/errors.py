"""Turning the typed errors of ``services/errors.py`` into translated sentences, and the
last line of defence: an exception hook that shows a friendly message instead of a
traceback and writes the traceback to the log file."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quartierstreff.money import format_money
from quartierstreff.services.errors import (
    BackupFailed,
    BackupInvalid,
    BookingConflict,
    CalendarFileInvalid,
    ConcurrentEdit,
    DatabaseCorrupt,
    DatabaseForeign,
    DatabaseNotEmpty,
    DatabaseUnavailable,
    DeleteBlocked,
    DiskFull,
    DuplicatePerson,
    ErasureRefused,
    FieldInvalid,
    HolidayFileInvalid,
    ImportCancelled,
    ImportHasInvalidRows,
    InvalidDatabaseUrl,
    LoginFailed,
    LoginRequired,
    LoginThrottled,
    MinutesTooLong,
    NotFound,
    PermissionDenied,
    ProgrammeExists,
    ProgrammeInvalid,
    QuartierstreffError,
    ReportFailed,
    RestoreConflict,
    RestoreFailed,
    RoomInUse,
    SchemaTooNew,
    StatusChangeRefused,
    TableFileInvalid,
    TrashEntryUnavailable,
)
from quartierstreff.services.funding import STATUS_LABELS
from quartierstreff.ui.i18n import QT_TRANSLATE_NOOP, format_date
from quartierstreff.ui.record_names import records_name

log = logging.getLogger(__name__)


# Field keys used by FieldInvalid, as the user sees them on the forms.
_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("FieldNames", "Name"),
    "street": QT_TRANSLATE_NOOP("FieldNames", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("FieldNames", "Postcode"),
    "city": QT_TRANSLATE_NOOP("FieldNames", "Town"),
    "email": QT_TRANSLATE_NOOP("FieldNames", "Email"),
    "phone": QT_TRANSLATE_NOOP("FieldNames", "Phone"),
    "website": QT_TRANSLATE_NOOP("FieldNames", "Website"),
    "legal_form": QT_TRANSLATE_NOOP("FieldNames", "Legal form"),
    "register_court": QT_TRANSLATE_NOOP("FieldNames", "Register court"),
    "register_number": QT_TRANSLATE_NOOP("FieldNames", "Register number"),
    "tax_exemption_notice_on": QT_TRANSLATE_NOOP("FieldNames", "Tax exemption notice of"),
    "tax_office": QT_TRANSLATE_NOOP("FieldNames", "Tax office"),
    "bank_account_holder": QT_TRANSLATE_NOOP("FieldNames", "Account holder"),
    "iban": QT_TRANSLATE_NOOP("FieldNames", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("FieldNames", "BIC"),
    "bank_name": QT_TRANSLATE_NOOP("FieldNames", "Bank"),
    "house_rules": QT_TRANSLATE_NOOP("FieldNames", "House rules line"),
    "key_contact": QT_TRANSLATE_NOOP("FieldNames", "Key contact"),
    "signatories": QT_TRANSLATE_NOOP("FieldNames", "Authorised signatories"),
    "username": QT_TRANSLATE_NOOP("FieldNames", "User name"),
    "display_name": QT_TRANSLATE_NOOP("FieldNames", "Name"),
    "password": QT_TRANSLATE_NOOP("FieldNames", "Password"),
    "role": QT_TRANSLATE_NOOP("FieldNames", "Role"),
    "pin": QT_TRANSLATE_NOOP("FieldNames", "PIN"),
    "is_active": QT_TRANSLATE_NOOP("FieldNames", "May log in"),
    "failed_logins": QT_TRANSLATE_NOOP("FieldNames", "Failed log-ins"),
    "locked_until": QT_TRANSLATE_NOOP("FieldNames", "Log-in locked until"),
    "last_login_at": QT_TRANSLATE_NOOP("FieldNames", "Last log-in"),
    "password_hash": QT_TRANSLATE_NOOP("FieldNames", "Password"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("FieldNames", "Lock the window after"),
    "backup_interval_hours": QT_TRANSLATE_NOOP("FieldNames", "Automatic backup every"),
    "second_backup_folder": QT_TRANSLATE_NOOP("FieldNames", "Second backup folder"),
    "pin_hash": QT_TRANSLATE_NOOP("FieldNames", "PIN"),
    "first_name": QT_TRANSLATE_NOOP("FieldNames", "First name"),
    "last_name": QT_TRANSLATE_NOOP("FieldNames", "Last name"),
    "mobile": QT_TRANSLATE_NOOP("FieldNames", "Mobile"),
    "birth_date": QT_TRANSLATE_NOOP("FieldNames", "Date of birth"),
    "notes": QT_TRANSLATE_NOOP("FieldNames", "Notes"),
    "membership_start": QT_TRANSLATE_NOOP("FieldNames", "Member from"),
    "membership_end": QT_TRANSLATE_NOOP("FieldNames", "Member until"),
    "membership_type": QT_TRANSLATE_NOOP("FieldNames", "Membership type"),
    "groups": QT_TRANSLATE_NOOP("FieldNames", "Groups"),
    "consent_text_version": QT_TRANSLATE_NOOP("FieldNames", "Version of the consent text"),
    "consent_source": QT_TRANSLATE_NOOP("FieldNames", "Consent given by"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("FieldNames", "Consent withdrawn on"),
    "consent_granted": QT_TRANSLATE_NOOP("FieldNames", "Consent given on"),
    "member_retention_years": QT_TRANSLATE_NOOP("FieldNames", "Keep former members' data for"),
    "received_on": QT_TRANSLATE_NOOP("FieldNames", "Request received on"),
    "answered_on": QT_TRANSLATE_NOOP("FieldNames", "Request answered on"),
    "description": QT_TRANSLATE_NOOP("FieldNames", "Description"),
    "contact_function": QT_TRANSLATE_NOOP("FieldNames", "Function"),
    "label": QT_TRANSLATE_NOOP("FieldNames", "Field name"),
    "choices": QT_TRANSLATE_NOOP("FieldNames", "Choices"),
    "field_type": QT_TRANSLATE_NOOP("FieldNames", "Type"),
    "annual_fee": QT_TRANSLATE_NOOP("FieldNames", "Annual fee"),
    "symbol": QT_TRANSLATE_NOOP("FieldNames", "Symbol"),
    "capacity": QT_TRANSLATE_NOOP("FieldNames", "Places"),
    "equipment": QT_TRANSLATE_NOOP("FieldNames", "Equipment"),
    "accessible": QT_TRANSLATE_NOOP("FieldNames", "Accessible"),
    "opens_at": QT_TRANSLATE_NOOP("FieldNames", "Opens at"),
    "closes_at": QT_TRANSLATE_NOOP("FieldNames", "Closes at"),
    "open_days": QT_TRANSLATE_NOOP("FieldNames", "Opening days"),
    "colour": QT_TRANSLATE_NOOP("FieldNames", "Colour"),
    "part_ids": QT_TRANSLATE_NOOP("FieldNames", "Parts"),
    "start_date": QT_TRANSLATE_NOOP("FieldNames", "First day"),
    "end_date": QT_TRANSLATE_NOOP("FieldNames", "Last day"),
    # bookings
    "title": QT_TRANSLATE_NOOP("FieldNames", "Title"),
    "rooms": QT_TRANSLATE_NOOP("FieldNames", "Rooms"),
    "day": QT_TRANSLATE_NOOP("FieldNames", "Date"),
    "start_time": QT_TRANSLATE_NOOP("FieldNames", "From"),
    "end_time": QT_TRANSLATE_NOOP("FieldNames", "To"),
    "expected_people": QT_TRANSLATE_NOOP("FieldNames", "Expected people"),
    "fee": QT_TRANSLATE_NOOP("FieldNames", "Fee"),
    "deposit": QT_TRANSLATE_NOOP("FieldNames", "Deposit"),
    "key_handed_out_on": QT_TRANSLATE_NOOP("FieldNames", "Key handed out on"),
    "key_returned_on": QT_TRANSLATE_NOOP("FieldNames", "Key returned on"),
    "recurrence": QT_TRANSLATE_NOOP("FieldNames", "Repetition"),
    "until": QT_TRANSLATE_NOOP("FieldNames", "Last date of the series"),
    "count": QT_TRANSLATE_NOOP("FieldNames", "Number of dates"),
    "interval": QT_TRANSLATE_NOOP("FieldNames", "Every …"),
    "weekdays": QT_TRANSLATE_NOOP("FieldNames", "Weekdays"),
    "positions": QT_TRANSLATE_NOOP("FieldNames", "Weekday of the month"),
    # meetings
    "kind": QT_TRANSLATE_NOOP("FieldNames", "Kind of meeting"),
    "location_note": QT_TRANSLATE_NOOP("FieldNames", "Place"),
    "invitation_text": QT_TRANSLATE_NOOP("FieldNames", "Invitation text"),
    "funder_line": QT_TRANSLATE_NOOP("FieldNames", "Funder's line"),
    "supervising_adult": QT_TRANSLATE_NOOP("FieldNames", "Supervising adult"),
    "invitees": QT_TRANSLATE_NOOP("FieldNames", "Invitees"),
    "chair": QT_TRANSLATE_NOOP("FieldNames", "Chair"),
    "minute_taker": QT_TRANSLATE_NOOP("FieldNames", "Minute taker"),
    "decision_text": QT_TRANSLATE_NOOP("FieldNames", "Decision"),
    "due_date": QT_TRANSLATE_NOOP("FieldNames", "Due on"),
    "done_on": QT_TRANSLATE_NOOP("FieldNames", "Done on"),
    "invitation_sent_on": QT_TRANSLATE_NOOP("FieldNames", "Invitation sent on"),
    "notice_days_board": QT_TRANSLATE_NOOP("FieldNames", "Notice period, board meeting"),
    "notice_days_general_assembly": QT_TRANSLATE_NOOP(
        "FieldNames", "Notice period, general assembly"
    ),
    "notice_days_plenary": QT_TRANSLATE_NOOP("FieldNames", "Notice period, plenary"),
    "notice_days_group": QT_TRANSLATE_NOOP("FieldNames", "Notice period, group meeting"),
    "notice_days_public_event": QT_TRANSLATE_NOOP("FieldNames", "Notice period, public event"),
    "quorum_percent": QT_TRANSLATE_NOOP("FieldNames", "Quorum"),
    # funding applications
    "programme": QT_TRANSLATE_NOOP("FieldNames", "Funding programme"),
    "project_start": QT_TRANSLATE_NOOP("FieldNames", "Project start"),
    "project_end": QT_TRANSLATE_NOOP("FieldNames", "Project end"),
    "requested_amount": QT_TRANSLATE_NOOP("FieldNames", "Requested amount"),
    "approved_amount": QT_TRANSLATE_NOOP("FieldNames", "Approved amount"),
    "contact_person": QT_TRANSLATE_NOOP("FieldNames", "Contact person"),
    "funder_reference": QT_TRANSLATE_NOOP("FieldNames", "Funder's file number"),
    "note": QT_TRANSLATE_NOOP("FieldNames", "Note"),
    "version_label": QT_TRANSLATE_NOOP("FieldNames", "Name of the version"),
    "text_block_title": QT_TRANSLATE_NOOP("FieldNames", "Title of the text block"),
    "text_block_body": QT_TRANSLATE_NOOP("FieldNames", "Text of the text block"),
}

# What a valid value looks like, for fields whose format is not obvious.
_FORMAT_HINTS: dict[str, str] = {
    "iban": QT_TRANSLATE_NOOP(
        "Errors", "An IBAN starts with the country code, e.g. DE89 3704 0044 0532 0130 00."
    ),
    "bic": QT_TRANSLATE_NOOP("Errors", "A BIC has 8 or 11 characters, e.g. COBADEFFXXX."),
    "postal_code": QT_TRANSLATE_NOOP("Errors", "A German postcode has five digits, e.g. 70173."),
}

# Whole sentences for particular (field, reason) pairs; ("", reason) for any field.
_FIELD_SENTENCES: dict[tuple[str, str], str] = {
    ("password", "mismatch"): QT_TRANSLATE_NOOP("Errors", "The two passwords do not match."),
    ("pin", "mismatch"): QT_TRANSLATE_NOOP("Errors", "The two PINs do not match."),
    ("password", "too_short"): QT_TRANSLATE_NOOP(
        "Errors", "The password is too short: it needs at least 8 characters."
    ),
    ("password", "format"): QT_TRANSLATE_NOOP(
        "Errors", "The password must not begin or end with a space."
    ),
    ("current_password", "wrong"): QT_TRANSLATE_NOOP(
        "Errors", "The current password is not correct."
    ),
    ("pin", "format"): QT_TRANSLATE_NOOP("Errors", "A PIN has 4 to 8 digits."),
    ("pin", "needs_lock"): QT_TRANSLATE_NOOP(
        "Errors",
        "A PIN is only allowed while the window locks itself after idle time (Settings).",
    ),
    ("idle_lock_minutes", "pins_need_lock"): QT_TRANSLATE_NOOP(
        "Errors",
        "While users have a PIN, the window must lock itself after idle time.",
    ),
    ("username", "format"): QT_TRANSLATE_NOOP(
        "Errors",
        "The user name “{value}” is not allowed: 2 to 40 characters — lower-case letters, "
        "digits, dot, hyphen and underscore, starting with a letter or digit.",
    ),
    ("username", "taken"): QT_TRANSLATE_NOOP("Errors", "The user name “{value}” is already taken."),
    ("role", "first_user_admin"): QT_TRANSLATE_NOOP(
        "Errors", "The first user must be an Admin, so that someone can manage the others."
    ),
    ("role", "last_admin"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is the last active Admin; there must always be at least one."
    ),
    ("active", "self"): QT_TRANSLATE_NOOP("Errors", "You cannot deactivate yourself."),
    ("last_name", "required"): QT_TRANSLATE_NOOP("Errors", "Please fill in the last name."),
    ("", "control_characters"): QT_TRANSLATE_NOOP(
        "Errors", "“{field}” contains invisible control characters. Please type it again."
    ),
    ("postal_code", "five_digits"): QT_TRANSLATE_NOOP(
        "Errors", "The postcode “{value}” is not valid: a German postcode has five digits."
    ),
    ("", "email_format"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not an e-mail address (it needs an @ and a domain)."
    ),
    ("", "phone_format"): QT_TRANSLATE_NOOP(
        "Errors",
        "“{value}” is not a phone number: digits, spaces, + / - ( ) only.",
    ),
    ("birth_date", "future"): QT_TRANSLATE_NOOP("Errors", "The date of birth is in the future."),
    ("received_on", "future"): QT_TRANSLATE_NOOP(
        "Errors", "The date the request was received is in the future."
    ),
    ("answered_on", "before_received"): QT_TRANSLATE_NOOP(
        "Errors", "A request cannot be answered before it was received."
    ),
    ("birth_date", "too_early"): QT_TRANSLATE_NOOP(
        "Errors", "The date of birth is before 1900. Please check the year."
    ),
    ("membership_end", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "A membership cannot end before it starts."
    ),
    ("membership_start", "overlap"): QT_TRANSLATE_NOOP(
        "Errors", "Two membership periods overlap. A period must end before the next starts."
    ),
    ("membership_end", "no_open_membership"): QT_TRANSLATE_NOOP(
        "Errors", "This person has no current membership that could end."
    ),
    ("consent_withdrawn", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "A consent cannot be withdrawn before it was given."
    ),
    ("consent_text_version", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please fill in which version of the consent text was signed."
    ),
    ("", "custom_number"): QT_TRANSLATE_NOOP("Errors", "“{field}” must be a number."),
    ("", "invalid_date"): QT_TRANSLATE_NOOP("Errors", "{field} “{value}” is not a valid date."),
    ("", "two_digit_year"): QT_TRANSLATE_NOOP(
        "Errors", "{field} “{value}”: please write the year with four digits (e.g. 03.07.1958)."
    ),
    ("person", "duplicate_in_file"): QT_TRANSLATE_NOOP(
        "Errors",
        "The same person as in line {value} (same name and date of birth or same e-mail address).",
    ),
    ("last_name", "no_column"): QT_TRANSLATE_NOOP(
        "Errors", "No column is assigned to the last name (or the full name)."
    ),
    ("", "date_format"): QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{value}” is not a date. Please write it like 24.11.2026."
    ),
    ("membership_start", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please fill in the day the membership starts."
    ),
    ("consent_granted", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please fill in the day the consent was given."
    ),
    ("", "custom_date"): QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be a date such as 24.11.2026."
    ),
    ("", "custom_yes_no"): QT_TRANSLATE_NOOP("Errors", "“{field}” must be yes or no."),
    ("", "custom_choice"): QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be one of the choices set in the settings."
    ),
    ("", "custom_text"): QT_TRANSLATE_NOOP("Errors", "“{field}” is too long."),
    ("name", "taken"): QT_TRANSLATE_NOOP(
        "Errors", "The name “{value}” is already taken. Please choose another one."
    ),
    ("label", "taken"): QT_TRANSLATE_NOOP(
        "Errors", "There already is a field called “{value}”. Please choose another name."
    ),
    ("website", "website_format"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a web address (e.g. www.example.org)."
    ),
    ("choices", "required"): QT_TRANSLATE_NOOP(
        "Errors", "A choice field needs at least one choice: please write one per line."
    ),
    ("choices", "too_many"): QT_TRANSLATE_NOOP("Errors", "Too many choices: at most {value}."),
    ("choices", "choice_in_use"): QT_TRANSLATE_NOOP(
        "Errors",
        "The choice “{value}” is still chosen for some people, so it cannot be removed.",
    ),
    ("field_type", "in_use"): QT_TRANSLATE_NOOP(
        "Errors",
        "{value} people already have a value for this field, so its type cannot change.",
    ),
    ("annual_fee", "negative"): QT_TRANSLATE_NOOP("Errors", "The annual fee cannot be negative."),
    ("annual_fee", "too_high"): QT_TRANSLATE_NOOP(
        "Errors", "The annual fee is too high: at most {value} €."
    ),
    ("annual_fee", "cents"): QT_TRANSLATE_NOOP(
        "Errors", "The annual fee can have at most two decimal places."
    ),
    ("annual_fee", "format"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not an amount of money, e.g. 36,00."
    ),
    ("symbol", "taken"): QT_TRANSLATE_NOOP(
        "Errors", "Another room already has the symbol “{value}”. Please choose another one."
    ),
    ("symbol", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The symbol is too long: at most {value} characters, e.g. S or SA."
    ),
    ("capacity", "range"): QT_TRANSLATE_NOOP(
        "Errors", "The number of places must be between 1 and 10,000 (or left empty)."
    ),
    ("equipment", "too_many"): QT_TRANSLATE_NOOP(
        "Errors", "Too many items of equipment: at most {value}."
    ),
    ("equipment", "item_too_long"): QT_TRANSLATE_NOOP(
        "Errors", "An item of equipment is too long: at most {value} characters per line."
    ),
    ("opens_at", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please give the opening time too, or neither time."
    ),
    ("closes_at", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please give the closing time too, or neither time."
    ),
    ("closes_at", "not_after_opening"): QT_TRANSLATE_NOOP(
        "Errors", "The room must close after it opens."
    ),
    ("open_days", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please tick at least one day on which the room is open."
    ),
    ("open_days", "format"): QT_TRANSLATE_NOOP("Errors", "The opening days are not valid."),
    ("colour", "format"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a colour. Please choose one with the colour button."
    ),
    ("part_ids", "self"): QT_TRANSLATE_NOOP("Errors", "A room cannot be a part of itself."),
    ("part_ids", "unknown"): QT_TRANSLATE_NOOP(
        "Errors", "One of the parts no longer exists. Perhaps it was just deleted on another PC."
    ),
    ("part_ids", "part_has_parts"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” has parts of its own, so it cannot be a part."
    ),
    ("part_ids", "is_part"): QT_TRANSLATE_NOOP(
        "Errors", "This room is a part of “{value}”, so it cannot have parts of its own."
    ),
    ("end_date", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "The last day is before the first day."
    ),
    ("end_date", "period_too_long"): QT_TRANSLATE_NOOP(
        "Errors", "A period can last at most {value} days."
    ),
    ("name", "period_taken"): QT_TRANSLATE_NOOP(
        "Errors", "“{value}” starting on that day is already there."
    ),
    # bookings (the same sentences as the CLI's in messages.py)
    ("title", "required"): QT_TRANSLATE_NOOP("Errors", "Please fill in a title."),
    ("rooms", "required"): QT_TRANSLATE_NOOP("Errors", "Please tick at least one room."),
    ("rooms", "inactive"): QT_TRANSLATE_NOOP(
        "Errors", "The room “{value}” is deactivated and cannot be booked."
    ),
    ("end_time", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "The booking ends before it starts. Please check the times."
    ),
    ("end_time", "zero_length"): QT_TRANSLATE_NOOP(
        "Errors", "Start and end are the same: the booking would last no time at all."
    ),
    ("expected_people", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "The expected number of people must be between 0 and {value}."
    ),
    ("fee", "negative"): QT_TRANSLATE_NOOP("Errors", "The fee cannot be negative."),
    ("fee", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "The fee must be an amount up to {value} € with at most two decimal places."
    ),
    ("fee", "format"): QT_TRANSLATE_NOOP(
        "Errors", "The fee “{value}” is not an amount of money, e.g. 80,00."
    ),
    ("fee", "not_for_series"): QT_TRANSLATE_NOOP(
        "Errors", "Fee and deposit are only for single bookings, not for a series."
    ),
    ("deposit", "negative"): QT_TRANSLATE_NOOP("Errors", "The deposit cannot be negative."),
    ("deposit", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors",
        "The deposit must be an amount up to {value} € with at most two decimal places.",
    ),
    ("deposit", "format"): QT_TRANSLATE_NOOP(
        "Errors", "The deposit “{value}” is not an amount of money, e.g. 100,00."
    ),
    ("deposit", "not_for_series"): QT_TRANSLATE_NOOP(
        "Errors", "Fee and deposit are only for single bookings, not for a series."
    ),
    ("key_returned_on", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "The key cannot have been returned before it was handed out."
    ),
    ("recurrence", "unsupported"): QT_TRANSLATE_NOOP(
        "Errors", "Quartierstreff cannot change this repetition rule: {value}"
    ),
    ("recurrence", "no_dates"): QT_TRANSLATE_NOOP(
        "Errors", "This rule gives not a single date. Please check weekdays and end."
    ),
    ("recurrence", "required"): QT_TRANSLATE_NOOP("Errors", "The series has no repetition rule."),
    ("until", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "The series would end before its first date."
    ),
    ("until", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "A series may run for at most {value} years."
    ),
    ("until", "until_and_count"): QT_TRANSLATE_NOOP(
        "Errors", "Please give either a last date or a number of dates."
    ),
    ("count", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "The number of dates must be between 1 and 1000."
    ),
    ("count", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "With so many dates the series would run for more than {value} years."
    ),
    ("interval", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "“Every …” must be a number between 1 and 52."
    ),
    ("weekdays", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "The weekdays of the series are not valid."
    ),
    ("positions", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "A month only has a 1st to 4th and a last weekday."
    ),
    # meetings (the same sentences as the CLI's in messages.py; {value} of an agenda or
    # guest field is the item's number)
    ("day", "required"): QT_TRANSLATE_NOOP(
        "Errors", "The meeting has no date. Please choose a date."
    ),
    ("start_time", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please give the time the meeting starts."
    ),
    ("end_time", "required_for_room"): QT_TRANSLATE_NOOP(
        "Errors", "When a room is booked, the meeting needs an end time too."
    ),
    ("end_time", "required"): QT_TRANSLATE_NOOP(
        "Errors", "A meeting over several days needs an end time (it holds for every day)."
    ),
    ("end_day", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "The last day of the meeting is before the first."
    ),
    ("end_day", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "A meeting can last at most {value} days."
    ),
    ("agenda", "too_many"): QT_TRANSLATE_NOOP(
        "Errors", "The agenda can have at most {value} items."
    ),
    ("agenda_title", "required"): QT_TRANSLATE_NOOP("Errors", "Item {value} has no title."),
    ("agenda_title", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The title of item {value} is too long (at most 200 characters)."
    ),
    ("agenda_title", "control_characters"): QT_TRANSLATE_NOOP(
        "Errors", "The title of item {value} contains invisible control characters."
    ),
    ("presenter", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The presenter of item {value} is too long (at most 200 characters)."
    ),
    ("planned_minutes", "negative"): QT_TRANSLATE_NOOP(
        "Errors", "The planned minutes of item {value} cannot be negative."
    ),
    ("planned_minutes", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "The planned minutes of item {value} are too many (at most 1440)."
    ),
    ("invitees", "too_many"): QT_TRANSLATE_NOOP("Errors", "At most {value} people can be invited."),
    ("guest_name", "required"): QT_TRANSLATE_NOOP("Errors", "Guest no. {value} has no name."),
    ("guest_name", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The name of guest no. {value} is too long (at most 200 characters)."
    ),
    ("guest_name", "control_characters"): QT_TRANSLATE_NOOP(
        "Errors", "The name of guest no. {value} contains invisible control characters."
    ),
    ("organisation", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The organisation of guest no. {value} is too long (at most 200 characters)."
    ),
    ("anonymous_visitors", "negative"): QT_TRANSLATE_NOOP(
        "Errors", "The number of visitors without names cannot be negative."
    ),
    ("anonymous_visitors", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "The number of visitors without names is too large (at most {value})."
    ),
    ("children", "negative"): QT_TRANSLATE_NOOP(
        "Errors", "The number of children cannot be negative."
    ),
    ("children", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "The number of children is too large (at most {value})."
    ),
    ("decision_text", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please write down what was decided."
    ),
    ("votes_yes", "negative"): QT_TRANSLATE_NOOP("Errors", "Yes votes cannot be negative."),
    ("votes_no", "negative"): QT_TRANSLATE_NOOP("Errors", "No votes cannot be negative."),
    ("votes_abstain", "negative"): QT_TRANSLATE_NOOP("Errors", "Abstentions cannot be negative."),
    ("votes_yes", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "There cannot be that many yes votes (at most {value})."
    ),
    ("votes_no", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "There cannot be that many no votes (at most {value})."
    ),
    ("votes_abstain", "out_of_range"): QT_TRANSLATE_NOOP(
        "Errors", "There cannot be that many abstentions (at most {value})."
    ),
    ("agenda_item", "not_in_meeting"): QT_TRANSLATE_NOOP(
        "Errors", "This agenda item does not belong to this meeting."
    ),
    ("notice_days_board", "range"): QT_TRANSLATE_NOOP(
        "Errors", "A notice period must be between 0 and 365 days."
    ),
    ("notice_days_general_assembly", "range"): QT_TRANSLATE_NOOP(
        "Errors", "A notice period must be between 0 and 365 days."
    ),
    ("notice_days_plenary", "range"): QT_TRANSLATE_NOOP(
        "Errors", "A notice period must be between 0 and 365 days."
    ),
    ("notice_days_group", "range"): QT_TRANSLATE_NOOP(
        "Errors", "A notice period must be between 0 and 365 days."
    ),
    ("notice_days_public_event", "range"): QT_TRANSLATE_NOOP(
        "Errors", "A notice period must be between 0 and 365 days."
    ),
    ("quorum_percent", "range"): QT_TRANSLATE_NOOP(
        "Errors", "The share of members for a quorum must be between 0 and 100 %."
    ),
    # funding applications (the same sentences as the CLI's in messages.py)
    ("programme", "inactive"): QT_TRANSLATE_NOOP(
        "Errors",
        "The funding programme “{value}” is no longer active; no new applications can be "
        "made for it.",
    ),
    ("project_end", "before_start"): QT_TRANSLATE_NOOP(
        "Errors", "The project end is before the project start."
    ),
    ("requested_amount", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "The requested amount is not a number."
    ),
    ("requested_amount", "negative"): QT_TRANSLATE_NOOP(
        "Errors", "The requested amount must not be negative ({value})."
    ),
    ("requested_amount", "too_large"): QT_TRANSLATE_NOOP(
        "Errors", "The requested amount is unrealistically high: at most {value} is possible."
    ),
    ("requested_amount", "precision"): QT_TRANSLATE_NOOP(
        "Errors", "The requested amount has more than two decimal places."
    ),
    ("approved_amount", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Please enter the approved amount."
    ),
    ("approved_amount", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "The approved amount is not a number."
    ),
    ("approved_amount", "negative"): QT_TRANSLATE_NOOP(
        "Errors", "The approved amount must not be negative ({value})."
    ),
    ("approved_amount", "too_large"): QT_TRANSLATE_NOOP(
        "Errors", "The approved amount is unrealistically high: at most {value} is possible."
    ),
    ("approved_amount", "precision"): QT_TRANSLATE_NOOP(
        "Errors", "The approved amount has more than two decimal places."
    ),
    ("status_date", "before_previous"): QT_TRANSLATE_NOOP(
        "Errors",
        "The date is before the last change of status ({value}); please choose a later date.",
    ),
    ("section", "unknown"): QT_TRANSLATE_NOOP(
        "Errors", "This funding programme has no section “{value}”."
    ),
    ("section", "too_long"): QT_TRANSLATE_NOOP(
        "Errors",
        "The section “{value}” is far too long (more than 100,000 characters) and was not saved.",
    ),
    ("attachment", "unknown"): QT_TRANSLATE_NOOP(
        "Errors", "This funding programme has no attachment “{value}”."
    ),
    ("plan", "too_many"): QT_TRANSLATE_NOOP("Errors", "The plan can have at most {value} lines."),
    ("plan_kind", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the kind (costs/financing) is missing."
    ),
    ("plan_category", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: please choose a category."
    ),
    ("plan_category", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the category is too long."
    ),
    ("plan_description", "required"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the description is missing."
    ),
    ("plan_description", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the description is too long (at most 200 characters)."
    ),
    ("plan_unit", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the unit is too long (at most 20 characters)."
    ),
    ("plan_quantity", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the quantity is not a number."
    ),
    ("plan_quantity", "not_positive"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the quantity must be more than 0."
    ),
    ("plan_quantity", "too_large"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the quantity is too large (at most 100,000)."
    ),
    ("plan_quantity", "precision"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the quantity has more than three decimal places."
    ),
    ("plan_unit_price", "invalid"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the unit price is not a number."
    ),
    ("plan_unit_price", "negative"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the unit price must not be negative."
    ),
    ("plan_unit_price", "too_large"): QT_TRANSLATE_NOOP(
        "Errors",
        "Line {value} of the plan: the unit price is unrealistically high (at most "
        "1,000,000.00 €).",
    ),
    ("plan_unit_price", "precision"): QT_TRANSLATE_NOOP(
        "Errors", "Line {value} of the plan: the unit price has more than two decimal places."
    ),
    ("plan_amount", "too_large"): QT_TRANSLATE_NOOP(
        "Errors",
        "Line {value} of the plan: the amount (quantity × unit price) is unrealistically "
        "high (at most 10,000,000.00 €).",
    ),
    ("text_block_title", "required"): QT_TRANSLATE_NOOP("Errors", "The text block needs a title."),
    ("text_block_title", "duplicate"): QT_TRANSLATE_NOOP(
        "Errors", "There is already a text block “{value}”."
    ),
    ("text_block_body", "too_long"): QT_TRANSLATE_NOOP(
        "Errors", "The text block is too long (at most {value} characters)."
    ),
}

# Entity keys used by NotFound.
_ENTITY_LABELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("EntityNames", "Person"),
    "group": QT_TRANSLATE_NOOP("EntityNames", "Group"),
    "partner": QT_TRANSLATE_NOOP("EntityNames", "Partner organisation"),
    "room": QT_TRANSLATE_NOOP("EntityNames", "Room"),
    "booking": QT_TRANSLATE_NOOP("EntityNames", "Booking"),
    "meeting": QT_TRANSLATE_NOOP("EntityNames", "Meeting"),
    "application": QT_TRANSLATE_NOOP("EntityNames", "Funding application"),
    "receipt": QT_TRANSLATE_NOOP("EntityNames", "Receipt"),
    "user": QT_TRANSLATE_NOOP("EntityNames", "User"),
    "centre_profile": QT_TRANSLATE_NOOP("EntityNames", "Centre profile"),
    "membership_type": QT_TRANSLATE_NOOP("EntityNames", "Membership type"),
    "custom_field": QT_TRANSLATE_NOOP("EntityNames", "Custom field"),
    "privacy_request": QT_TRANSLATE_NOOP("EntityNames", "Privacy request"),
    "holiday_period": QT_TRANSLATE_NOOP("EntityNames", "Period"),
    "booking_series": QT_TRANSLATE_NOOP("EntityNames", "Series of bookings"),
    "agenda_item": QT_TRANSLATE_NOOP("EntityNames", "Agenda item"),
    "decision": QT_TRANSLATE_NOOP("EntityNames", "Decision"),
    "action_item": QT_TRANSLATE_NOOP("EntityNames", "Action item"),
    "funding_application": QT_TRANSLATE_NOOP("EntityNames", "Funding application"),
    "funding_programme": QT_TRANSLATE_NOOP("EntityNames", "Funding programme"),
    "application_version": QT_TRANSLATE_NOOP("EntityNames", "Version"),
    "text_block": QT_TRANSLATE_NOOP("EntityNames", "Text block"),
}


def field_label(field: str) -> str:
    """The translated label of a field key such as ``"iban"``; the key itself if unknown."""
    if field.startswith("custom:"):  # a field the centre defined: its own label
        return field.removeprefix("custom:")
    label = _FIELD_LABELS.get(field)
    return QCoreApplication.translate("FieldNames", label) if label else field


def message_for(error: QuartierstreffError) -> str:
    """A translated, human sentence for a domain error: never a traceback or a class name."""
    match error:
        case FieldInvalid(field=field, reason=reason, value=value):
            return _field_message(field, reason, value)
        case DuplicatePerson(existing_id=existing_id, existing_name=name):
            return QCoreApplication.translate(
                "Errors",
                "“{name}” (no. {id}) is already in the register with the same name and date "
                "of birth or the same e-mail address.",
            ).format(name=name, id=existing_id)
        case DatabaseNotEmpty():
            return QCoreApplication.translate(
                "Errors",
                "The database already contains data. The example centre can only be "
                "loaded into an empty database.",
            )
        case DatabaseUnavailable(target=target, reason="file_missing"):
            return QCoreApplication.translate(
                "Errors", "The database file {target} does not exist."
            ).format(target=target)
        case DatabaseUnavailable(target=target, reason=reason):
            return QCoreApplication.translate(
                "Errors", "The database could not be opened: {target}\n\nReason given: {reason}"
            ).format(target=target, reason=reason)
        case InvalidDatabaseUrl(url=url):
            return QCoreApplication.translate(
                "Errors", "“{url}” is not a database address Quartierstreff can use."
            ).format(url=url)
        case SchemaTooNew():
            return QCoreApplication.translate(
                "Errors",
                "This database was last used by a newer version of Quartierstreff. "
                "Please install the newer version to open it.",
            )
        case PermissionDenied():
            return QCoreApplication.translate(
                "Errors",
                "You are not allowed to do this. Please ask the coordination team "
                "or the administrator.",
            )
        case NotFound(entity=entity, key=key):
            label = _ENTITY_LABELS.get(entity)
            what = QCoreApplication.translate("EntityNames", label) if label else entity
            return QCoreApplication.translate(
                "Errors",
                "{what} “{key}” no longer exists. Perhaps it was just deleted on another PC.",
            ).format(what=what, key=key)
        case ConcurrentEdit(entity=entity, key=key, changed_by=who):
            return _concurrent_edit_message(entity, key, who)
        case DiskFull(target=target):
            return QCoreApplication.translate(
                "Errors",
                "The disk holding the database is full ({target}). Your last change was not "
                "saved; everything saved before is intact. Please free up some space and "
                "try again.",
            ).format(target=target)
        case LoginFailed():
            return QCoreApplication.translate("Errors", "User name or password is not correct.")
        case LoginThrottled(retry_after=seconds):
            return QCoreApplication.translate(
                "Errors", "Too many wrong attempts. Please wait {seconds} seconds and try again."
            ).format(seconds=seconds)
        case LoginRequired():
            return QCoreApplication.translate("Errors", "Please log in first.")
        case DeleteBlocked() | TrashEntryUnavailable() | RestoreConflict():
            return _trash_message(error)
        case (
            BackupInvalid()
            | BackupFailed()
            | RestoreFailed()
            | DatabaseCorrupt()
            | DatabaseForeign()
        ):
            return _backup_message(error)
        case ErasureRefused():
            return _erasure_message(error)
        case TableFileInvalid():
            return _table_file_message(error)
        case ImportHasInvalidRows(count=count):
            return QCoreApplication.translate(
                "Errors",
                "Rows with errors: {count}. Nothing was imported; please correct the file "
                "or skip the rows with errors.",
            ).format(count=count)
        case ImportCancelled():
            return QCoreApplication.translate(
                "Errors", "The import was cancelled; nothing was imported."
            )
        case RoomInUse() | HolidayFileInvalid():
            return _rooms_message(error)
        case BookingConflict():
            return _conflict_message(error)
        case MinutesTooLong():
            return _minutes_message(error)
        case StatusChangeRefused(title=title, current=current, wanted=wanted):
            return _status_change_message(title, current, wanted)
        case CalendarFileInvalid():
            return _calendar_file_message(error)
        case ProgrammeInvalid() | ProgrammeExists():
            return _programme_message(error)
        case ReportFailed(path=path, reason=reason, detail=detail):
            return QCoreApplication.translate(
                "Errors", "The PDF file {path} could not be written: {reason}."
            ).format(path=path, reason=_report_reason(reason, detail))
    return QCoreApplication.translate("Errors", "The action could not be completed.")


_ACTIVE_ROLES: dict[str, str] = {
    "group": QT_TRANSLATE_NOOP("Errors", "is still in an active group"),
    "partner": QT_TRANSLATE_NOOP("Errors", "is a contact person of a partner organisation"),
    "user": QT_TRANSLATE_NOOP("Errors", "has an active user account"),
    "funding": QT_TRANSLATE_NOOP("Errors", "is the contact person of an open funding application"),
    "booking_series": QT_TRANSLATE_NOOP("Errors", "is named in a running series of bookings"),
}


def _erasure_message(error: ErasureRefused) -> str:
    who = QCoreApplication.translate("Errors", "“{name}” (no. {id})").format(
        name=error.name, id=error.person_id
    )
    if error.reason == "current_member":
        sentence = QCoreApplication.translate(
            "Errors", "{who} is a member; only former members are anonymised."
        )
    elif error.reason == "active_role":
        role = _ACTIVE_ROLES.get(error.detail)
        sentence = QCoreApplication.translate(
            "Errors", "{who} {role} and so cannot be anonymised."
        ).replace(
            "{role}",
            QCoreApplication.translate("Errors", role)
            if role
            else QCoreApplication.translate("Errors", "is still active"),
        )
    elif error.reason == "retention" and error.until is not None:
        until = f"{error.until:%d.%m.%Y}"
        sentence = QCoreApplication.translate(
            "Errors",
            "{who} can only be anonymised from {date}: the retention period set in the "
            "settings runs until then. Nothing was changed.",
        ).replace("{date}", until)
    elif error.reason == "already_anonymised":
        sentence = QCoreApplication.translate("Errors", "{who} has already been anonymised.")
    else:
        sentence = QCoreApplication.translate(
            "Errors", "{who} cannot be anonymised. Nothing was changed."
        )
    return sentence.replace("{who}", who)


_TABLE_FILE_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Errors", "The file “{name}” does not exist."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The file “{name}” cannot be read ({detail})."),
    "empty": QT_TRANSLATE_NOOP("Errors", "The file “{name}” is empty."),
    "binary": QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is not a text (CSV) file. In Excel or LibreOffice, please use “Save as” and "
        "choose “CSV” or “Excel workbook (.xlsx)”.",
    ),
    "no_header": QT_TRANSLATE_NOOP(
        "Errors",
        "The file “{name}” has no header row with column names. Please add one as the first "
        "line (e.g. Vorname, Nachname, Straße, PLZ, Ort).",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors", "The file “{name}” is damaged or in a format that cannot be read ({detail})."
    ),
    "old_excel": QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is in the old Excel format (.xls). Please save it in Excel as “Excel "
        "workbook (.xlsx)” or as CSV.",
    ),
    "unknown_suffix": QT_TRANSLATE_NOOP(
        "Errors", "“{name}”: this file type is not supported; please use .csv or .xlsx."
    ),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "The file “{name}” has more than {detail} rows, too many for one import. Please split "
        "the file. Nothing was imported.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Errors", "The file “{name}” is larger than {detail} MB and is not read."
    ),
    "unwritable": QT_TRANSLATE_NOOP("Errors", "The file “{name}” cannot be written ({detail})."),
}


def _table_file_message(error: TableFileInvalid) -> str:
    template = _TABLE_FILE_REASONS.get(error.reason) or _TABLE_FILE_REASONS["damaged"]
    return QCoreApplication.translate("Errors", template).format(
        name=error.name, detail=error.detail or error.reason
    )


_REPORT_REASONS = {
    "folder_missing": QT_TRANSLATE_NOOP("Errors", "the folder does not exist"),
    "is_folder": QT_TRANSLATE_NOOP("Errors", "that is a folder, not a file"),
    "permission": QT_TRANSLATE_NOOP(
        "Errors", "no permission to write (is the file still open in another program?)"
    ),
    "disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
}


def _report_reason(reason: str, detail: str) -> str:
    known = _REPORT_REASONS.get(reason)
    if known is None:
        return detail or reason
    return QCoreApplication.translate("Errors", known)


def _concurrent_edit_message(entity: str, key: str, who: str) -> str:
    if entity == "centre_profile":
        changed = (
            QCoreApplication.translate(
                "Errors",
                "Someone else has changed the centre profile in the meantime "
                "(last saved by “{who}”).",
            )
            if who
            else QCoreApplication.translate(
                "Errors", "Someone else has changed the centre profile in the meantime."
            )
        )
        what = ""
    else:
        label = _ENTITY_LABELS.get(entity)
        what = QCoreApplication.translate("EntityNames", label) if label else entity
        changed = (
            QCoreApplication.translate(
                "Errors",
                "Someone else has changed {what} “{key}” in the meantime (last saved by “{who}”).",
            )
            if who
            else QCoreApplication.translate(
                "Errors", "Someone else has changed {what} “{key}” in the meantime."
            )
        )
    kept = QCoreApplication.translate(
        "Errors", "Your input is still here; reload to see the changes."
    )
    return f"{changed.format(what=what, key=key, who=who)} {kept}"


def _status_change_message(title: str, current: str, wanted: str) -> str:
    if current == "submitted" and wanted == "draft":
        return QCoreApplication.translate(
            "Errors",
            "“{title}” has been submitted. It only goes back to draft when the application is "
            "withdrawn.",
        ).format(title=title)
    labels = {status.value: label for status, label in STATUS_LABELS.items()}
    return QCoreApplication.translate(
        "Errors",
        "“{title}” has the status “{current}”; it cannot go to “{wanted}” from there. "
        "Nothing was changed.",
    ).format(title=title, current=labels.get(current, current), wanted=labels.get(wanted, wanted))


def _field_message(field: str, reason: str, value: str) -> str:
    sentence = _FIELD_SENTENCES.get((field, reason)) or _FIELD_SENTENCES.get(("", reason))
    label = field_label(field)
    if sentence is not None:
        return QCoreApplication.translate("Errors", sentence).format(value=value, field=label)
    if reason == "required":
        return QCoreApplication.translate("Errors", "Please fill in “{field}”.").format(field=label)
    if reason == "too_long" and value.isdigit():  # the value is the limit
        return QCoreApplication.translate(
            "Errors", "“{field}” is too long: at most {value} characters, please shorten it."
        ).format(field=label, value=value)
    if reason == "too_long":
        return QCoreApplication.translate(
            "Errors", "“{field}” is too long. Please shorten it."
        ).format(field=label)
    if reason == "format":
        message = QCoreApplication.translate("Errors", "“{field}” is not valid: “{value}”.").format(
            field=label, value=value
        )
        hint = _FORMAT_HINTS.get(field)
        return f"{message} {QCoreApplication.translate('Errors', hint)}" if hint else message
    if reason == "checksum":
        return QCoreApplication.translate(
            "Errors",
            "“{field}” contains a typing error (the check digits do not match): “{value}”.",
        ).format(field=label, value=value)
    return QCoreApplication.translate("Errors", "“{field}” is not valid.").format(field=label)


# --- the exception hook -----------------------------------------------------------------

ShowMessage = Callable[[str, str], None]
"""Shows ``(title, text)`` to the user; a message box in the app, a recorder in tests."""


def show_message_box(title: str, text: str) -> None:
    parent = QApplication.activeWindow()
    QMessageBox.critical(parent if isinstance(parent, QWidget) else None, title, text)


class ExceptionHook:
    """``sys.excepthook`` for the GUI: log the traceback, show a sentence, keep running.

    Qt calls Python slots from its event loop; an exception escaping a slot ends up here
    instead of on a console nobody reads.
    """

    def __init__(self, log_file: Path | None, show: ShowMessage = show_message_box) -> None:
        self._log_file = log_file
        self._show = show
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        log.error("unhandled exception", exc_info=(kind, error, traceback))
        if self._showing:  # an error while showing the previous one: log only
            return
        self._showing = True
        try:
            self._show(*self.describe(error))
        except Exception:
            log.exception("could not show the error message")
        finally:
            self._showing = False

    def describe(self, error: BaseException) -> tuple[str, str]:
        """Title and text shown for ``error``."""
        if isinstance(error, QuartierstreffError):
            return "Quartierstreff", message_for(error)
        text = QCoreApplication.translate(
            "Errors",
            "Something went wrong that Quartierstreff did not expect. "
            "Your last action may not have been saved; please check it and try again.",
        )
        if self._log_file is not None:
            details = QCoreApplication.translate(
                "Errors", "Technical details for whoever looks after the program: {path}"
            )
            text = f"{text}\n\n{details.format(path=self._log_file)}"
        return QCoreApplication.translate("Errors", "Unexpected error"), text


# --- the bin (Papierkorb) ---------------------------------------------------------------


def _trash_message(error: DeleteBlocked | TrashEntryUnavailable | RestoreConflict) -> str:
    match error:
        case DeleteBlocked(summary=summary, entity_id=key, referenced_by=table, count=count):
            return QCoreApplication.translate(
                "Errors",
                "“{what}” cannot be deleted while {count} other entries still refer to it "
                "({where}).",
            ).format(what=summary or key, count=count, where=records_name(table))
        case TrashEntryUnavailable(reason="expired", summary=summary):
            return QCoreApplication.translate(
                "Errors",
                "“{what}” was deleted more than 30 days ago and can no longer be restored.",
            ).format(what=summary)
        case TrashEntryUnavailable(reason="restored", summary=summary):
            return QCoreApplication.translate(
                "Errors", "“{what}” has already been restored."
            ).format(what=summary)
        case TrashEntryUnavailable():
            return QCoreApplication.translate(
                "Errors",
                "This entry is no longer in the bin. Perhaps it was just restored on another PC.",
            )
    assert isinstance(error, RestoreConflict)
    where = records_name(error.table)
    if error.reason == "exists":
        reason = QCoreApplication.translate(
            "Errors", "its number has been given to a new entry in the meantime ({where})."
        ).format(where=where)
    elif error.reason == "duplicate":
        reason = QCoreApplication.translate(
            "Errors",
            "another entry now has the same “{field}” ({where}). Please change that entry first.",
        ).format(field=field_label(error.detail), where=where)
    elif error.reason == "parent_missing":
        reason = QCoreApplication.translate(
            "Errors",
            "something it belongs to has been deleted in the meantime ({where}). "
            "Please restore that first.",
        ).format(where=records_name(error.detail))
    else:
        reason = QCoreApplication.translate("Errors", "the database refused ({detail}).").format(
            detail=error.detail
        )
    return QCoreApplication.translate(
        "Errors", "“{what}” cannot be restored: {reason} Nothing was changed."
    ).format(what=error.summary, reason=reason)


# --- backups and damaged databases ------------------------------------------------------

_BACKUP_INVALID: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Errors", "The backup file {path} does not exist."),
    "not_zip": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a Quartierstreff backup (it is no archive file)."
    ),
    "damaged": QT_TRANSLATE_NOOP("Errors", "The backup file {name} is damaged or incomplete."),
    "not_ours": QT_TRANSLATE_NOOP("Errors", "{name} is not a Quartierstreff backup."),
    "unsafe_path": QT_TRANSLATE_NOOP(
        "Errors", "The backup file {name} contains a forbidden file path (“{detail}”)."
    ),
    "manifest": QT_TRANSLATE_NOOP(
        "Errors", "The table of contents of the backup {name} is unreadable."
    ),
    "format_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} was made by a newer version of Quartierstreff. "
        "Please update Quartierstreff.",
    ),
    "members": QT_TRANSLATE_NOOP(
        "Errors",
        "The contents of the backup {name} do not match its table of contents (“{detail}”).",
    ),
    "checksum": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} is damaged or has been altered (the checksum of “{detail}” is wrong).",
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {name} was made by a newer version of Quartierstreff (schema {detail}). "
        "Please update Quartierstreff.",
    ),
    "foreign_database": QT_TRANSLATE_NOOP(
        "Errors",
        "The database in the backup {name} is not a Quartierstreff database (“{detail}” "
        "does not fit).",
    ),
    "corrupt_database": QT_TRANSLATE_NOOP(
        "Errors", "The database in the backup {name} is damaged ({detail})."
    ),
    "counts": QT_TRANSLATE_NOOP(
        "Errors", "The backup {name} is incomplete: the number of entries in “{detail}” is wrong."
    ),
    "data": QT_TRANSLATE_NOOP("Errors", "The backup {name} contains faulty data ({detail})."),
}

_BACKUP_FAILED: dict[str, str] = {
    "disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "permission": QT_TRANSLATE_NOOP("Errors", "no permission to write there"),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "the database cannot be read"),
    "no_schema": QT_TRANSLATE_NOOP("Errors", "the database is not (yet) a Quartierstreff database"),
}


def _backup_reason(reason: str, detail: str) -> str:
    known = _BACKUP_FAILED.get(reason)
    if known is None:
        return detail or reason
    text = QCoreApplication.translate("Errors", known)
    return f"{text} ({detail})" if detail else text


def _backup_message(
    error: BackupInvalid | BackupFailed | RestoreFailed | DatabaseCorrupt | DatabaseForeign,
) -> str:
    match error:
        case BackupInvalid(path=path, reason=reason, detail=detail):
            template = _BACKUP_INVALID.get(reason)
            if template is None:
                return QCoreApplication.translate(
                    "Errors", "The backup {name} cannot be used ({detail})."
                ).format(name=f"“{Path(path).name}”", detail=detail or reason)
            sentence = QCoreApplication.translate("Errors", template).format(
                path=path, name=f"“{Path(path).name}”", detail=detail or reason
            )
            nothing = QCoreApplication.translate("Errors", "Nothing was changed.")
            return f"{sentence} {nothing}"
        case BackupFailed(target=target, reason=reason, detail=detail):
            return QCoreApplication.translate(
                "Errors", "The backup to {target} failed: {reason}."
            ).format(target=target, reason=_backup_reason(reason, detail))
        case RestoreFailed(target=target, reason="in_use"):
            return QCoreApplication.translate(
                "Errors",
                "The database {target} is still open in another Quartierstreff window or "
                "program. Please close it and try again; nothing was changed.",
            ).format(target=target)
        case RestoreFailed(reason="safety_copy", detail=detail):
            return QCoreApplication.translate(
                "Errors",
                "Before the restore, no copy of the current database could be saved ({reason}); "
                "nothing was changed.",
            ).format(reason=_backup_reason(detail, ""))
        case RestoreFailed(target=target, reason="foreign_target", detail=detail):
            return QCoreApplication.translate(
                "Errors",
                "The database {target} holds another program's tables (“{table}”); "
                "Quartierstreff does not restore into it.",
            ).format(target=target, table=detail)
        case RestoreFailed(target=target, detail=detail):
            return QCoreApplication.translate(
                "Errors",
                "The backup could not be loaded into {target} ({detail}); the database is "
                "unchanged.",
            ).format(target=target, detail=detail)
        case DatabaseCorrupt(target=target, reason=reason):
            return QCoreApplication.translate(
                "Errors",
                "The database file {target} is damaged or is not a database ({reason}). "
                "It has not been changed.",
            ).format(target=target, reason=reason)
    assert isinstance(error, DatabaseForeign)
    return QCoreApplication.translate(
        "Errors",
        "The database {target} does not belong to Quartierstreff (it holds the tables "
        "{tables}). It is not changed.",
    ).format(target=error.target, tables=error.tables)


# --- rooms, school holidays and closures ------------------------------------------------

_HOLIDAY_FILE_REASONS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Errors", "The holiday file {path} does not exist."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The holiday file {path} cannot be read."),
    "syntax": QT_TRANSLATE_NOOP(
        "Errors", "The holiday file {path} is damaged (it is no valid TOML file)."
    ),
    "no_periods": QT_TRANSLATE_NOOP("Errors", "The holiday file {path} holds no periods."),
    "name": QT_TRANSLATE_NOOP("Errors", "In the holiday file {path}, entry {entry} has no name."),
    "start": QT_TRANSLATE_NOOP(
        "Errors", "In the holiday file {path}, the first day of entry {entry} is no date."
    ),
    "end": QT_TRANSLATE_NOOP(
        "Errors", "In the holiday file {path}, the last day of entry {entry} is no date."
    ),
    "order": QT_TRANSLATE_NOOP(
        "Errors",
        "In the holiday file {path}, entry {entry} ends before it starts.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Errors", "In the holiday file {path}, entry {entry} lasts longer than a year."
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "Errors", "In the holiday file {path}, entry {entry} is there twice."
    ),
}


def _rooms_message(error: RoomInUse | HolidayFileInvalid) -> str:
    if isinstance(error, RoomInUse):
        uses = QCoreApplication.translate(
            "Errors", "bookings: {bookings}, booking series: {series}"
        ).format(bookings=error.bookings, series=error.series)
        return QCoreApplication.translate(
            "Errors",
            "The room “{name}” cannot be deleted because bookings use it ({uses}); old "
            "bookings keep their room. Please deactivate the room instead: it is then no "
            "longer offered for new bookings.",
        ).format(name=error.name, uses=uses)
    template = _HOLIDAY_FILE_REASONS.get(error.reason) or _HOLIDAY_FILE_REASONS["syntax"]
    entry = f"{error.entry} (“{error.name}”)" if error.name else str(error.entry)
    sentence = QCoreApplication.translate("Errors", template).format(
        path=Path(error.path).name, entry=entry
    )
    nothing = QCoreApplication.translate("Errors", "No holidays were added.")
    return f"{sentence} {nothing}"


def _minutes_message(error: MinutesTooLong) -> str:
    """The minutes were not saved (the window keeps the text): how long, what is allowed."""
    length = QLocale().toString(error.length)
    limit = QLocale().toString(error.limit)
    if error.agenda_number is None:
        return QCoreApplication.translate(
            "Errors",
            "The minutes are too long: {length} characters, at most {limit} are possible. "
            "They were not saved; please shorten them.",
        ).format(length=length, limit=limit)
    return QCoreApplication.translate(
        "Errors",
        "The minutes of item {number} are too long: {length} characters, at most {limit} "
        "are possible. They were not saved; please shorten them.",
    ).format(number=error.agenda_number, length=length, limit=limit)


def _conflict_message(error: BookingConflict) -> str:
    """Names the other booking: room, date, time and title."""
    sentence = QCoreApplication.translate(
        "Errors", "The room “{room}” is already booked on {date} from {start} to {end}: “{title}”."
    ).format(
        room=error.room,
        date=format_date(error.day),
        start=f"{error.starts_at:%H:%M}",
        end=f"{error.ends_at:%H:%M}",
        title=error.title,
    )
    if error.count > 1:
        more = QCoreApplication.translate(
            "Errors", "In all, {count} dates of the series are taken."
        ).format(count=error.count)
        sentence = f"{sentence} {more}"
    return sentence


_CALENDAR_FILE_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Errors", "The file “{name}” does not exist."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The file “{name}” cannot be read ({detail})."),
    "unwritable": QT_TRANSLATE_NOOP("Errors", "The file “{name}” cannot be written ({detail})."),
    "too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file “{name}” is larger than {detail} MB; calendar files this large are not read.",
    ),
    "empty": QT_TRANSLATE_NOOP("Errors", "The file “{name}” is empty."),
    "binary": QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is not a calendar file (iCalendar, .ics) but another kind of file."
    ),
    "not_calendar": QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is not a calendar file: an iCalendar file (.ics) begins with “BEGIN:VCALENDAR”.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors", "The calendar file “{name}” is damaged and cannot be read ({detail})."
    ),
    "no_events": QT_TRANSLATE_NOOP("Errors", "The calendar file “{name}” contains no events."),
    "too_many_events": QT_TRANSLATE_NOOP(
        "Errors",
        "The calendar file “{name}” contains too many events (more than {detail}); that many "
        "are not imported at once.",
    ),
}

_CALENDAR_EVENT_REASONS = {
    "missing_start": QT_TRANSLATE_NOOP("Errors", "has no start (DTSTART)"),
    "bad_value": QT_TRANSLATE_NOOP("Errors", "has an unreadable entry ({detail})"),
    "unknown_timezone": QT_TRANSLATE_NOOP("Errors", "names an unknown time zone (“{detail}”)"),
    "end_before_start": QT_TRANSLATE_NOOP("Errors", "ends before it starts"),
    "zero_length": QT_TRANSLATE_NOOP("Errors", "has no duration (its end is its start)"),
    "multi_day": QT_TRANSLATE_NOOP(
        "Errors",
        "runs past midnight; a room booking ends on the day it starts (please enter it as "
        "two events)",
    ),
    "unsupported_rule": QT_TRANSLATE_NOOP(
        "Errors", "repeats by a rule the program cannot store ({detail})"
    ),
    "until:too_long": QT_TRANSLATE_NOOP("Errors", "runs as a series for more than 10 years"),
    "count:too_long": QT_TRANSLATE_NOOP("Errors", "runs as a series for more than 10 years"),
    "count:out_of_range": QT_TRANSLATE_NOOP("Errors", "has more than 1,000 dates as a series"),
    "recurrence:no_dates": QT_TRANSLATE_NOOP("Errors", "yields no date at all by its rule"),
    "invalid": QT_TRANSLATE_NOOP("Errors", "has a value that cannot be taken over ({detail})"),
}


def _calendar_file_message(error: CalendarFileInvalid) -> str:
    """The file and, for one event, its title, line and what is wrong with it."""
    nothing = QCoreApplication.translate("Errors", "Nothing was imported.")
    if error.reason in _CALENDAR_FILE_REASONS:
        sentence = QCoreApplication.translate(
            "Errors", _CALENDAR_FILE_REASONS[error.reason]
        ).format(name=error.name, detail=error.detail or "?")
        return sentence if error.reason == "unwritable" else f"{sentence} {nothing}"
    key = error.detail if error.reason == "invalid" else error.reason
    template = _CALENDAR_EVENT_REASONS.get(key) or _CALENDAR_EVENT_REASONS["invalid"]
    problem = QCoreApplication.translate("Errors", template).format(detail=error.detail)
    if error.event and error.line:
        event = QCoreApplication.translate("Errors", "The event “{title}” (line {line})").format(
            title=error.event, line=error.line
        )
    elif error.event:
        event = QCoreApplication.translate("Errors", "The event “{title}”").format(
            title=error.event
        )
    else:
        event = QCoreApplication.translate("Errors", "An event")
    sentence = QCoreApplication.translate(
        "Errors", "The calendar file “{name}” cannot be imported: {event} {problem}."
    ).format(name=error.name, event=event, problem=problem)
    return f"{sentence} {nothing}"


_PROGRAMME_TYPES = {
    "text": QT_TRANSLATE_NOOP("Errors", "a text in quotation marks"),
    "bool": QT_TRANSLATE_NOOP("Errors", "true or false"),
    "int": QT_TRANSLATE_NOOP("Errors", "a whole number"),
    "amount": QT_TRANSLATE_NOOP("Errors", 'an amount as text, e.g. "2000.00"'),
    "percent": QT_TRANSLATE_NOOP("Errors", "a percentage between 0 and 100"),
    "table": QT_TRANSLATE_NOOP("Errors", "a table"),
    "blocks": QT_TRANSLATE_NOOP("Errors", "a list of blocks ([[…]])"),
    "text_list": QT_TRANSLATE_NOOP("Errors", "a list of texts"),
    "date_list": QT_TRANSLATE_NOOP("Errors", "a list of dates, e.g. [2025-03-31]"),
}

_PROGRAMME_REASONS = {
    "syntax": QT_TRANSLATE_NOOP("Errors", "The file is not valid TOML ({detail})"),
    "unknown_key": QT_TRANSLATE_NOOP("Errors", "There is no such field"),
    "missing": QT_TRANSLATE_NOOP("Errors", "The field is missing or empty but must be given"),
    "key_format": QT_TRANSLATE_NOOP(
        "Errors",
        "“{detail}” cannot be a key: only lower-case letters a–z, digits and _, starting "
        "with a letter, at most 40 characters",
    ),
    "format_version": QT_TRANSLATE_NOOP(
        "Errors", "Format {detail} is unknown; this version of Quartierstreff reads format = 1"
    ),
    "amount": QT_TRANSLATE_NOOP(
        "Errors", '“{detail}” is not a readable amount (write it like this: "2000.00")'
    ),
    "amount_negative": QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative (“{detail}”)"),
    "amount_too_high": QT_TRANSLATE_NOOP(
        "Errors", "“{detail}” is too high: at most 10,000,000 € are possible"
    ),
    "percent": QT_TRANSLATE_NOOP(
        "Errors", '“{detail}” is not a readable percentage (write it like this: 80 or "12.5")'
    ),
    "percent_range": QT_TRANSLATE_NOOP(
        "Errors", "“{detail}” is outside the allowed range (percent, above 0 up to 100)"
    ),
    "too_small": QT_TRANSLATE_NOOP("Errors", "The value must be at least {detail}"),
    "too_large": QT_TRANSLATE_NOOP("Errors", "The value is too large ({detail})"),
    "date": QT_TRANSLATE_NOOP(
        "Errors", "“{detail}” is not a date (write it like this: 2025-03-31)"
    ),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "The key “{detail}” occurs twice"),
    "any_time_with_deadlines": QT_TRANSLATE_NOOP(
        "Errors", "“Any time” (any_time = true) and fixed deadlines exclude each other"
    ),
    "months_and_weeks": QT_TRANSLATE_NOOP(
        "Errors",
        "Please give either due_months_after_end or due_weeks_after_end, not both",
    ),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read ({detail})"),
    "missing_file": QT_TRANSLATE_NOOP("Errors", "The file does not exist ({detail})"),
}


def _programme_message(error: ProgrammeInvalid | ProgrammeExists) -> str:
    """Names the file, the line and the field of a broken programme definition."""
    if isinstance(error, ProgrammeExists):
        return QCoreApplication.translate(
            "Errors",
            "The funding programme “{name}” (key “{key}”) already exists. Nothing was "
            "changed; import it again and choose to replace it.",
        ).format(name=error.name, key=error.key)
    problem = programme_problem(error)
    place = Path(error.source).name or QCoreApplication.translate("Errors", "Programme file")
    if error.line:
        place = QCoreApplication.translate("Errors", "{place}, line {line}").format(
            place=place, line=error.line
        )
    if error.field:
        place = QCoreApplication.translate("Errors", "{place}, field “{field}”").format(
            place=place, field=error.field
        )
    nothing = QCoreApplication.translate("Errors", "Nothing was taken over.")
    return f"{place}: {problem}. {nothing}"


def programme_problem(error: ProgrammeInvalid) -> str:
    """What is wrong with a programme's value, without the place (file, line, field)."""
    if error.reason == "type":
        expected = _PROGRAMME_TYPES.get(error.detail)
        return QCoreApplication.translate(
            "Errors", "The value is of the wrong kind: expected is {expected}"
        ).format(
            expected=QCoreApplication.translate("Errors", expected) if expected else error.detail
        )
    elif error.reason == "unknown_key" and error.detail:
        return QCoreApplication.translate(
            "Errors", "There is no such field – probably “{detail}” is meant"
        ).format(detail=error.detail)
    elif error.reason == "min_over_max":
        low, _, high = error.detail.partition("|")
        return QCoreApplication.translate(
            "Errors", "The minimum grant ({low}) is larger than the maximum grant ({high})"
        ).format(low=format_money(Decimal(low)), high=format_money(Decimal(high)))
    else:
        template = _PROGRAMME_REASONS.get(error.reason)
        return (
            QCoreApplication.translate("Errors", template).format(detail=error.detail)
            if template
            else error.detail
        )
