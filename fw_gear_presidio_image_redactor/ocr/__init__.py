"""OCR: engines behind one small contract (`base.OcrEngine`), and the views they read."""
