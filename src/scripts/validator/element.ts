// The validator page's only eager script: a custom element that imports the editor, the worker
// and the rest when it connects. Other pages never reference it, so they never load editor code.
class ValidatorElement extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['state']) return;
    this.dataset['state'] = 'loading';
    import('./app.ts')
      .then(({ mountValidator }) => mountValidator(this))
      .catch((error: unknown) => {
        this.dataset['state'] = 'failed';
        const status = this.querySelector<HTMLElement>('[data-status]');
        const labels = this.querySelector('[data-labels]')?.textContent;
        if (status) status.textContent = labels ? (JSON.parse(labels) as { loadFailed: string }).loadFailed : String(error);
        console.error(error);
      });
  }
}

export function defineValidator(): void {
  if (!customElements.get('kfg-validator')) customElements.define('kfg-validator', ValidatorElement);
}
