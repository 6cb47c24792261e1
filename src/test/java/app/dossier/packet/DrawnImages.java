package app.dossier.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Every image a PDF draws, in the order its pages draw them, with where and how large (from the CTM). */
final class DrawnImages extends PDFStreamEngine {
    /** One drawn image: its page (from 1), its size on the page in points, and the image itself. */
    record Drawn(int page, float width, float height, float x, float y, PDImageXObject image) {
    }

    private final List<Drawn> drawn = new ArrayList<>();
    private int page;

    private DrawnImages() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    static List<Drawn> of(PDDocument document) throws IOException {
        DrawnImages engine = new DrawnImages();
        for (PDPage p : document.getPages()) {
            engine.page++;
            engine.processPage(p);
        }
        return engine.drawn;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            PDXObject object = getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                drawn.add(new Drawn(page, ctm.getScalingFactorX(), ctm.getScalingFactorY(), ctm.getTranslateX(),
                        ctm.getTranslateY(), image));
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
