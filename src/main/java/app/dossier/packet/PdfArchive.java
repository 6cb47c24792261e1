package app.dossier.packet;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b (archival, "basic" conformance): XMP metadata that says so and matches
 * the document information, and an sRGB output intent for the colours and photos.
 */
final class PdfArchive {
    static final String CREATOR = "Dossier";
    static final String PRODUCER = "Dossier with Apache PDFBox";

    private PdfArchive() {
    }

    static void mark(PDDocument document, String title, String language, Calendar created) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(CREATOR);
            dc.addLanguage(language);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(CREATOR);
            basic.setCreateDate(created);
            basic.setModifyDate(created);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("The packet's metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage(language);

        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
