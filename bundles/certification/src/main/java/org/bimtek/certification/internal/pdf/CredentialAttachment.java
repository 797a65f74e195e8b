package org.bimtek.certification.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Attaches the signed credential to the PDF so that the certificate can be verified
 * offline, from the file alone, without trusting the printed text or reaching the
 * verification page.
 */
final class CredentialAttachment {

    static final String FILE_NAME = "credential.jwt";
    static final String MIME_TYPE = "application/vc+jwt";

    private CredentialAttachment() {
    }

    static void attach(PDDocument document, String compactJws, Calendar created) throws IOException {
        byte[] bytes = compactJws.getBytes(StandardCharsets.UTF_8);

        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
        embedded.setSubtype(MIME_TYPE);
        embedded.setSize(bytes.length);
        embedded.setCreationDate(created);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        spec.setFileDescription("Kredensial terverifikasi (W3C Verifiable Credential, JWT) untuk sertifikat ini");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(FILE_NAME, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }
}
