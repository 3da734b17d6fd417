"""The Selections page: selection evaluations (选型评分), their bidders, panel, sheets and
comparison."""
