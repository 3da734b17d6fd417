"""Selection evaluations (选型评分): bidders, a scoring panel, the signed comparison."""
