"""Columns that several CRM tables have alike: contact details and the customer a record
belongs to. References that point at the same table from different fields live here too."""

from __future__ import annotations

from kpm_desktop.domain.import_columns import Column, Reference
from kpm_desktop.domain.text_shapes import Shape

STAFF_REF = Reference("staff", "staff_id")
OWNER_REF = Reference("staff", "owner_id")
CUSTOMER_REF = Reference("customers", "customer_id")
DEPARTMENT_REF = Reference("departments", "department_id")

PHONE = Column(
    "phone",
    "电话",
    "phone",
    aliases=("联系电话", "手机"),
    max_length=32,
    label="Phone",
    shape=Shape.PHONE,
)
EMAIL = Column(
    "email",
    "邮箱",
    "email",
    aliases=("电子邮箱",),
    max_length=120,
    label="Email",
    shape=Shape.EMAIL,
    listed=False,
)
CUSTOMER_CODE = Column(
    "customer_code",
    "客户编号",
    "customer_code",
    required=True,
    reference=CUSTOMER_REF,
    max_length=32,
    label="Customer",
)
