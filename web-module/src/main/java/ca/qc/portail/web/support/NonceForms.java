package ca.qc.portail.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's script nonce itself, so that it posts without JavaScript. With the
 * Content Security Policy on (finding #10 of issue 12), PrimeFaces accepts a postback only with the
 * nonce of the page it came from, in the request parameter {@value #PARAMETER}; its script adds
 * that field to each form, so a browser with JavaScript off (or a screen reader's simplified
 * browser) posted without it and got an error page for a mistyped password. The HTML render kit's
 * form renderer is wrapped to write the field before the form's end; PrimeFaces' script then finds
 * it there. Registered in faces-config.xml.
 */
public class NonceForms extends RenderKitFactory {

  static final String PARAMETER = "primefaces.nonce";

  private final ConcurrentMap<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

  public NonceForms(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    if (kit == null || !HTML_BASIC_RENDER_KIT.equals(renderKitId)) {
      return kit;
    }
    return kits.computeIfAbsent(kit, Kit::new);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  /** The HTML render kit, its form renderer wrapped. */
  private static final class Kit extends RenderKitWrapper {
    private final ConcurrentMap<Renderer, Renderer> forms = new ConcurrentHashMap<>();

    Kit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public Renderer getRenderer(String family, String rendererType) {
      Renderer renderer = getWrapped().getRenderer(family, rendererType);
      if (renderer == null
          || !UIForm.COMPONENT_FAMILY.equals(family)
          || !"jakarta.faces.Form".equals(rendererType)) {
        return renderer;
      }
      return forms.computeIfAbsent(renderer, FormWithNonce::new);
    }
  }

  /** Writes the nonce field as the form's last child, before Faces' own hidden fields. */
  private static final class FormWithNonce extends RendererWrapper {

    FormWithNonce(Renderer wrapped) {
      super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
      if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
      }
      super.encodeEnd(context, component);
    }
  }
}
