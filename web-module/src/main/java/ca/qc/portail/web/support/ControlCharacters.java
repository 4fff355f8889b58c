package ca.qc.portail.web.support;

import ca.qc.portail.platform.TextInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Finding #13 of issue 12: a default validator, so every input of every page refuses the characters
 * {@link TextInput} refuses (control characters, bidirectional overrides, invisible format
 * characters) with a message at its field, before any service is called; tab and line breaks are
 * accepted in a text area only. Letters of every script pass. The services' rules check again, so a
 * value that did not come through a page is refused too.
 */
@FacesValidator(value = "portail.controlCharacters", isDefault = true)
public class ControlCharacters implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text) || TextInput.isClean(text, multiLine(component))) {
      return;
    }
    Object label = component.getAttributes().get("label");
    String message =
        label == null
            ? Pages.text("input.controlCharacters")
            : Pages.format("input.controlCharacters.field", label);
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  private static boolean multiLine(UIComponent component) {
    String renderer = component.getRendererType();
    return component instanceof HtmlInputTextarea
        || (renderer != null && renderer.toLowerCase(java.util.Locale.ROOT).contains("textarea"));
  }
}
