/**
 * WebMCP's declarative attributes (Chrome's form-to-tool API for browser agents), which
 * Astro's HTML types do not know yet. They describe the picker form to agents.
 */
declare namespace astroHTML.JSX {
  interface FormHTMLAttributes {
    toolname?: string;
    tooldescription?: string;
    toolautosubmit?: boolean;
  }
  interface InputHTMLAttributes {
    toolparamdescription?: string | undefined;
    toolparamtitle?: string | undefined;
  }
  /** A radio group's description is read from its fieldset, not from the radios. */
  interface FieldsetHTMLAttributes {
    toolparamdescription?: string | undefined;
  }
}
