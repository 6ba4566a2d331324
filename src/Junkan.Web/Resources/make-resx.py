#!/usr/bin/env python3
"""Writes Labels.resx (en) and Labels.ja.resx from labels.tsv (key, en, ja). Run from this folder after editing the TSV."""
import csv, html

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from labels.tsv by make-resx.py; edit the TSV, not this file. -->
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

rows = list(csv.reader(open('labels.tsv', encoding='utf-8'), delimiter='\t'))[1:]
for column, name in ((1, 'Labels.resx'), (2, 'Labels.ja.resx')):
    body = ''.join(f'  <data name="{r[0]}" xml:space="preserve"><value>{html.escape(r[column], quote=False)}</value></data>\n' for r in rows)
    open(name, 'w', encoding='utf-8').write(HEAD + body + '</root>\n')
