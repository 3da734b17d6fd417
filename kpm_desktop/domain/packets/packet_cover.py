"""The cover sheet of a packet: cycle, rater, deadline and how to fill it in, in the
language of the UI that exported it (Chinese or English)."""

from __future__ import annotations

from kpm_desktop.domain.packets.packet_content import PacketContent

COVER_SHEET = {"zh": "封面", "en": "Cover"}

_WORDS = {
    "zh": {
        "title": "KPM Desktop 离线评分包",
        "cycle": "考核周期",
        "rater": "考评人",
        "deadline": "交回期限",
        "sheets": "待评分人数",
        "packet": "评分包编号",
        "none": "未定",
        "how": (
            "填写说明：\n"
            "1. 每位被考核人一张工作表，只有白色的输入格可以填写，其余单元格受保护。\n"
            "2. “等级/结果”从下拉列表中选择；“分数”须在所选等级的分数范围内。\n"
            "3. 指标不适用时在“不适用”中选“是”，并在“不适用原因”中写明原因。\n"
            "4. “预览得分”由公式计算，仅供参考；导入时由系统重新计算总分和等级。\n"
            "5. 请勿增删行列、改名或移动工作表，也不要修改受保护的内容，否则评分包将被拒绝导入。\n"
            "6. 可用 Excel、WPS 或 LibreOffice 填写，保存为 .xlsx 后交回人力资源部。"
        ),
    },
    "en": {
        "title": "KPM Desktop offline rater packet",
        "cycle": "Cycle",
        "rater": "Rater",
        "deadline": "Return by",
        "sheets": "People to score",
        "packet": "Packet",
        "none": "not set",
        "how": (
            "How to fill it in:\n"
            "1. One sheet per person; only the white input cells can be edited, the rest is "
            "protected.\n"
            "2. Pick the level from the list; the score must lie in the chosen level's range.\n"
            "3. When an indicator does not apply, choose 是 under N/A and give the reason.\n"
            "4. The preview points are formulas for your information; on import KPM Desktop "
            "computes the totals and grades again.\n"
            "5. Do not insert or delete rows or columns, rename or move sheets, or change "
            "protected content: the packet would be refused.\n"
            "6. Fill it in with Excel, WPS or LibreOffice, save it as .xlsx and return it to HR."
        ),
    },
}


def cover_name(language: str) -> str:
    return COVER_SHEET.get(language, COVER_SHEET["zh"])


def cover_cells(content: PacketContent) -> dict[str, str]:
    words = _WORDS.get(content.language, _WORDS["zh"])
    manifest = content.manifest
    cycle = f"{manifest.period} {content.cycle_name}".strip()
    deadline = content.deadline.isoformat() if content.deadline else words["none"]
    return {
        "A1": words["title"],
        "A3": words["cycle"],
        "B3": cycle,
        "A4": words["rater"],
        "B4": f"{manifest.rater_no} {manifest.rater_name}",
        "A5": words["deadline"],
        "B5": deadline,
        "A6": words["sheets"],
        "B6": str(len(manifest.sheets)),
        "A7": words["packet"],
        "B7": manifest.packet_code,
        "A9": words["how"],
    }
