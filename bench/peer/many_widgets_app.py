"""The 1,000-widget page of BENCHMARKS.md §12 in Panel: panel serve bench/peer/many_widgets_app.py"""
import panel as pn

ROWS = 200
texts = [pn.widgets.StaticText(value=f"text {i}") for i in range(ROWS)]
update = pn.widgets.Button(name="Update 100")
rnd = [0]

def on_click(event):
    rnd[0] += 1
    for i in range(100):
        texts[i * 2].value = f"u{rnd[0]}-{i}"

update.on_click(on_click)
rows = [pn.Row(texts[i], pn.widgets.Button(name=f"Button {i}"), pn.widgets.IntSlider(start=0, end=100, value=i % 100),
               pn.widgets.TextInput(name=f"Input {i}"), pn.widgets.Checkbox(name=f"Check {i}")) for i in range(ROWS)]
pn.Column(update, *rows).servable()
