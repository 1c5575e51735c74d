package org.panel4j.examples.browser;

/**
 * The page-side check of {@link XssBrowserTest}, one script returning a list of problems: active
 * elements or attributes anywhere in the body, and payloads not shown as text where a component shows
 * text. Arguments: the payloads, the selector prefix of the toasts to read, how far the cards moved.
 */
final class PageCheck {

    static final String SCRIPT = """
            const [payloads, toastPrefix, shift] = arguments;
            const problems = [];
            const active = /^(iframe|frame|object|embed|svg|math|details|style|base|form|meta|link|template)$/;
            for (const e of document.body.querySelectorAll('*')) {
              const tag = e.localName;
              if (tag === 'script' && e.id !== 'p4j-boot' && !e.src) problems.push('a script element: ' + e.outerHTML);
              if (active.test(tag)) problems.push('an active element: ' + e.outerHTML.slice(0, 120));
              for (const a of e.attributes) {
                if (a.name.startsWith('on') || a.name === 'srcdoc' || a.name === 'autofocus')
                  problems.push('an active attribute ' + a.name + ' on ' + tag);
                if (/^(href|src|action|formaction|xlink:href|data|poster)$/.test(a.name)
                    && /^\\s*(javascript|vbscript|data:text)/i.test(a.value))
                  problems.push('an active URL ' + a.name + '=' + a.value + ' on ' + tag);
              }
            }
            const texts = (sel, f = (e) => e.textContent) => [...document.querySelectorAll(sel)].map(f);
            const shown = {
              'StaticText value': texts('.p4j-static-text-value'),
              'StaticText name': texts('.p4j-static-text-name'),
              'Str': texts('.p4j-card .p4j-str'),
              'Button name': texts('.p4j-card button.p4j-button:not(.p4j-toggle)'),
              'Toggle name': texts('button.p4j-toggle'),
              'Checkbox name': texts('.p4j-checkbox-label'),
              'TextInput value': texts('input.p4j-input', (e) => e.value),
              'TextInput placeholder': texts('input.p4j-input', (e) => e.placeholder),
              'Select option': texts('select.p4j-select option'),
              'Select value': texts('select.p4j-select', (e) => e.value),
              'Card title': texts('.p4j-card-title'),
              'Tabs title': texts('.p4j-tab'),
              'image alt': texts('.p4j-image img', (e) => e.alt),
              'Figure title': texts('.u-title'),
              'Figure legend': texts('.u-legend .u-label'),
              'toast': texts(toastPrefix + '.p4j-toast-text'),
            };
            for (const [what, list] of Object.entries(shown))
              for (const p of payloads) if (!list.some((t) => t.includes(p))) problems.push(what + ' does not show ' + p);
            // Markdown escapes raw HTML: the first card's HTML payload reads as its own text.
            const card = payloads[(0 + shift) % payloads.length];
            const md = document.querySelector('.p4j-markdown').textContent;
            if (card.startsWith('<') && !md.includes(card)) problems.push('Markdown does not show ' + card);
            for (const sel of ['.p4j-card-title', '.p4j-tab', '.p4j-static-text-value', '.u-title']) {
              const first = document.querySelector(sel)?.textContent;
              if (first !== card) problems.push('the first ' + sel + ' shows ' + first + ', not ' + card);
            }
            if (problems.length > 0) problems.push('toasts: ' + texts('.p4j-toast').join(' // '));
            return problems;
            """;

    private PageCheck() {}
}
