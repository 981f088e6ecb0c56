"""Language data and text folding shared by the extractors and the aligner."""
