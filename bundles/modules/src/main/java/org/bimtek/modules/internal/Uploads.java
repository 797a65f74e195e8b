package org.bimtek.modules.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;
import org.bimtek.api.http.ApiException;

/** Reads an uploaded jar, as the raw request body or as the file part of a form, never past the limit. */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(HttpServletRequest request, ModuleManager modules) throws IOException {
        if (request.getContentLengthLong() > modules.maxBytes() + 64 * 1024) {
            throw modules.tooLarge();
        }
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (type.startsWith("multipart/form-data")) {
            try {
                for (Part part : request.getParts()) {
                    if (part.getSubmittedFileName() != null) {
                        if (part.getSize() > modules.maxBytes()) {
                            throw modules.tooLarge();
                        }
                        try (InputStream in = part.getInputStream()) {
                            return limited(in, modules);
                        }
                    }
                }
            } catch (ServletException | IllegalStateException e) {
                throw modules.tooLarge();
            }
            throw ApiException.badRequest("no_file", "Tidak ada berkas jar dalam formulir.");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] jar = limited(in, modules);
            if (jar.length == 0) {
                throw ApiException.badRequest("no_file", "Kirim berkas jar sebagai isi permintaan atau sebagai formulir multipart.");
            }
            return jar;
        }
    }

    private static byte[] limited(InputStream in, ModuleManager modules) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, modules.maxBytes() + 1));
        if (bytes.length > modules.maxBytes()) {
            throw modules.tooLarge();
        }
        return bytes;
    }
}
